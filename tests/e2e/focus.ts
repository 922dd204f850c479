import type { Page } from 'playwright-core';

/**
 * Describes the visible focus indicator of the focused element, or null when there is none:
 * an outline or box shadow on the element or a near ancestor (Fluent draws focus on the
 * control's root for radios and checkboxes), or the focus underline Fluent draws with `::after`
 * on inputs and text areas.
 */
export function focusIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) return null;
    const visible = (s: CSSStyleDeclaration): string | null => {
      if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
        return `outline ${s.outlineWidth} ${s.outlineStyle}`;
      if (s.boxShadow !== 'none' && s.boxShadow !== '') return `box-shadow ${s.boxShadow}`;
      return null;
    };
    const underline = (s: CSSStyleDeclaration): string | null =>
      s.content !== 'none' && parseFloat(s.borderBottomWidth) >= 1 && !/matrix\(0/.test(s.transform)
        ? `underline ${s.borderBottomWidth}`
        : null;
    let element: HTMLElement | null = active;
    for (let depth = 0; element !== null && depth < 4; depth++, element = element.parentElement) {
      const found =
        visible(getComputedStyle(element)) ??
        visible(getComputedStyle(element, '::after')) ??
        visible(getComputedStyle(element, '::before')) ??
        underline(getComputedStyle(element, '::after'));
      if (found !== null) return `${active.tagName.toLowerCase()}: ${found}`;
    }
    return null;
  });
}
