/** The one-minute reflection a sprint's end notification opens (`reflect.html?sprint=<id>`). */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import '../../components/theme.css';
import '../popup/sprint/sprint.css';
import './reflect.css';
import { t } from '../../components/i18n';
import { sendRequest } from '../../messaging/client';
import { ReflectionForm } from '../popup/sprint/ReflectionForm';

function ReflectPage({ sprintId }: { sprintId: string }) {
  const [isDone, setDone] = useState(false);
  const finish = async (saved: boolean) => {
    // The popup would otherwise offer the same reflection again.
    await sendRequest({ type: 'sprint/dismiss' });
    if (saved) setDone(true);
    else window.close();
  };
  return (
    <main class="reflect">
      <h1>{t('sprintReflectPageTitle')}</h1>
      <div role="status">{isDone && <p class="ok">{t('sprintReflectDone')}</p>}</div>
      {!isDone && <ReflectionForm sprintId={sprintId} onDone={finish} />}
    </main>
  );
}

const sprintId = new URLSearchParams(location.search).get('sprint') ?? '';
const root = document.getElementById('app');
if (root) render(<ReflectPage sprintId={sprintId} />, root);
