import type { Page } from '@playwright/test';

/** WCAG 2.5.5 (AAA): interactive targets at least 44 × 44 CSS px. */
export const MIN_TARGET = 44;

const INTERACTIVE = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="tab"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="menuitem"]',
].join(',');

/**
 * Interactive targets smaller than 44 × 44 px, each described so the failing element can be
 * found. Exempt, as WCAG says: links inside a sentence (their parent holds other text) and
 * elements hidden or visually hidden (1 px skip links). A checkbox, radio or switch counts
 * with its label, which is part of the target.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ selector, min }) => {
      const describe = (el: Element) => {
        const name =
          el.getAttribute('aria-label') ??
          el.textContent?.trim().slice(0, 40) ??
          el.getAttribute('name') ??
          '';
        const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : '';
        return `<${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}> « ${name} »`;
      };
      const inSentence = (el: Element) => {
        if (el.tagName !== 'A') return false;
        const parent = el.parentElement;
        if (!parent) return false;
        const own = (el.textContent ?? '').trim().length;
        return (parent.textContent ?? '').trim().length > own + 1;
      };
      const out: string[] = [];
      for (const el of Array.from(document.querySelectorAll(selector))) {
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        if (el.closest('[aria-hidden="true"], [inert]')) continue;
        let target: Element = el;
        const type = el.getAttribute('type');
        if (type === 'checkbox' || type === 'radio') {
          target =
            el.closest('[class*="Checkbox-body"], [class*="Radio-body"], [class*="Switch-body"], label') ??
            el;
        }
        // A password or clearable field's real <input> sits inside the drawn box: measure the box.
        if (el.tagName === 'INPUT' && target === el) {
          target = el.parentElement?.closest('.mantine-Input-input') ?? el;
        }
        const box = target.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) continue; // visually hidden
        if (inSentence(el)) continue;
        if (box.width < min - 0.5 || box.height < min - 0.5) {
          out.push(`${describe(el)} ${Math.round(box.width)} × ${Math.round(box.height)}`);
        }
      }
      return out;
    },
    { selector: INTERACTIVE, min: MIN_TARGET },
  );
}

/**
 * Interactive elements and table cells that run past the viewport's right or left edge, even
 * inside a scrolling box (a column hidden off to the right is out of reach all the same).
 */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll(`${selector}, th, td`))) {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.right > width + 1 || box.left < -1) {
        const text = el.textContent?.trim().slice(0, 40) ?? '';
        out.push(
          `<${el.tagName.toLowerCase()}> « ${text} » ${Math.round(box.left)}–${Math.round(box.right)} px`,
        );
      }
    }
    return out;
  }, INTERACTIVE);
}
