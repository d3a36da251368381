import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../components/i18n';

/**
 * A view whose code loads on first use: the entries list, what the journal opens on, starts
 * without the code of the reader (sanitizer, Markdown) and of every other section. Once loaded,
 * the view renders at once on every later visit.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyView(props: P) {
    const [View, setView] = useState(() => loaded);
    useEffect(() => {
      if (View) return;
      let isMounted = true;
      load().then((view) => {
        loaded = view;
        if (isMounted) setView(() => view);
      });
      return () => {
        isMounted = false;
      };
    }, []);
    return View ? <View {...props} /> : <p class="muted">{t('journalLoading')}</p>;
  };
}
