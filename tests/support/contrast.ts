/**
 * Contrast measured from computed styles in a real page (WCAG 2.2): text against the background
 * it is drawn on (4.5:1, or 3:1 for large text, 1.4.3), and the boundary of every control against
 * what surrounds it (3:1, 1.4.11): its border, or its own fill when it has no visible border.
 * Disabled controls and hidden elements are exempt, as WCAG exempts them.
 */
import type { Page } from 'playwright-core';

export interface ContrastFailure {
  what: string;
  ratio: number;
  needed: number;
}

/** Every failure on the page now; [] when it passes. */
export function contrastFailures(page: Page): Promise<ContrastFailure[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (color: string): Rgba => {
      const match = color.match(/rgba?\(([^)]+)\)/);
      if (!match?.[1]) return [0, 0, 0, 0];
      const parts = match[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const alpha = top[3] + bottom[3] * (1 - top[3]);
      if (alpha === 0) return [0, 0, 0, 0];
      const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / alpha;
      return [mix(0), mix(1), mix(2), alpha];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (light + 0.05) / (dark + 0.05);
    };
    /** The opaque colour behind `element`: its own and its ancestors' backgrounds, composited. */
    const backdrop = (element: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let node = element; node; node = node.parentElement) layers.push(parse(getComputedStyle(node).backgroundColor));
      let color: Rgba = [255, 255, 255, 1];
      for (const layer of layers.reverse()) color = over(layer, color);
      return color;
    };
    const isShown = (element: Element) => {
      const box = element.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) return false;
      const style = getComputedStyle(element);
      return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0.1 && element.checkVisibility();
    };
    const describe = (element: Element) => {
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : ''} "${text}"`;
    };
    const failures: { what: string; ratio: number; needed: number }[] = [];

    // Text: each element that directly holds visible text.
    for (const element of document.querySelectorAll('body *')) {
      if (element.closest('[disabled], [aria-disabled="true"], svg, .visually-hidden, option')) continue;
      const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      if (!hasText || !isShown(element)) continue;
      const style = getComputedStyle(element);
      const size = Number.parseFloat(style.fontSize);
      const isLarge = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = isLarge ? 3 : 4.5;
      const background = backdrop(element);
      const measured = ratio(over(parse(style.color), background), background);
      if (measured < needed) failures.push({ what: `text ${describe(element)}`, ratio: Math.round(measured * 100) / 100, needed });
    }

    // Controls: the boundary that shows where the control is.
    const controls = 'button, input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="file"]), select, textarea';
    for (const element of document.querySelectorAll(controls)) {
      if ((element as HTMLButtonElement).disabled || !isShown(element)) continue;
      const style = getComputedStyle(element);
      // Buttons styled as links (a word in a sentence) are text, measured above.
      if (element.tagName === 'BUTTON' && Number.parseFloat(style.borderTopWidth) === 0 && parse(style.backgroundColor)[3] === 0) continue;
      const around = backdrop(element.parentElement);
      const fill = over(parse(style.backgroundColor), around);
      const border = over(parse(style.borderTopColor), fill);
      const hasBorder = Number.parseFloat(style.borderTopWidth) >= 1 && style.borderTopStyle !== 'none';
      const measured = Math.max(hasBorder ? ratio(border, around) : 1, ratio(fill, around));
      if (measured < 3) failures.push({ what: `control ${describe(element)}`, ratio: Math.round(measured * 100) / 100, needed: 3 });
    }
    return failures;
  });
}
