import type { Page } from 'playwright-core';

/** Stat tiles (the dashboard's figures, the home page's counts), their parts, and badges. */
const CLIPPABLE = [
  'main dl > div',
  'main dl > div > *',
  'main [aria-label="At a glance"] a',
  'main [aria-label="At a glance"] a > *',
  'main .fui-Badge',
].join(', ');

/** Words in a chart's frame that must not sit on its marks: captions, titles, legends. */
const CHART_WORDS = 'figcaption, .fui-donut__chartTitle, .fui-hbc__chartTitle, .fui-legend__root';

/**
 * The layout defects on the page, described: a page wider than the window, text spilling out
 * of a stat tile or badge, anything poking out of `main` (unless a scrolling or clipping box
 * inside `main` holds it), a chart legend folding categories into "+N more", and a chart's words
 * overlapping its marks.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ clippable, chartWords }) => {
      const found: string[] = [];
      const name = (el: Element) =>
        `<${el.tagName.toLowerCase()}> "${el.textContent.trim().slice(0, 40)}"`;
      const root = document.documentElement;
      if (root.scrollWidth > window.innerWidth)
        found.push(`the page scrolls sideways (${root.scrollWidth} > ${window.innerWidth})`);
      const main = document.querySelector('main');
      if (main === null) return [...found, 'no <main>'];

      for (const el of main.querySelectorAll(clippable))
        if (el.scrollWidth > el.clientWidth + 1)
          found.push(`${name(el)} spills its box (${el.scrollWidth} > ${el.clientWidth})`);

      const mainRect = main.getBoundingClientRect();
      const contained = (el: Element) => {
        for (let p = el.parentElement; p !== null && p !== main; p = p.parentElement) {
          const overflow = getComputedStyle(p).overflowX;
          if (overflow !== 'visible') return true;
        }
        return false;
      };
      const poking = [...main.querySelectorAll('*')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > mainRect.right + 1 && !contained(el);
      });
      // Name only the outermost of a nest of poking elements.
      for (const el of poking)
        if (!poking.some((other) => other !== el && other.contains(el)))
          found.push(
            `${name(el)} pokes out of main by ${Math.round(el.getBoundingClientRect().right - mainRect.right)}px`,
          );

      for (const m of main.innerText.matchAll(/\+\d+ more/g))
        found.push(`a chart legend hides categories: "${m[0]}"`);

      const overlap = (a: DOMRect, b: DOMRect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      for (const figure of main.querySelectorAll('figure')) {
        const marks = [...figure.querySelectorAll('svg path, svg rect')]
          .filter((m) => m.closest(chartWords) === null)
          .map((m) => m.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0);
        const words = [...figure.querySelectorAll(chartWords)].filter(
          (w) => w.getBoundingClientRect().width > 0,
        );
        for (const mark of figure.querySelectorAll('svg path, svg rect')) {
          const svg = mark.closest('svg');
          if (svg === null || mark.closest(chartWords) !== null) continue;
          const r = mark.getBoundingClientRect();
          const box = svg.getBoundingClientRect();
          const clipped = getComputedStyle(svg).overflow !== 'visible';
          if (!clipped && r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1))
            found.push(`a mark in ${name(figure)} runs past the chart's edge`);
        }
        words.forEach((w, i) => {
          const r = w.getBoundingClientRect();
          if (marks.some((m) => overlap(r, m))) found.push(`${name(w)} overlaps the chart`);
          for (const other of words.slice(i + 1))
            if (
              !w.contains(other) &&
              !other.contains(w) &&
              overlap(r, other.getBoundingClientRect())
            )
              found.push(`${name(w)} overlaps ${name(other)}`);
        });
      }
      return found;
    },
    { clippable: CLIPPABLE, chartWords: CHART_WORDS },
  );
}

/**
 * The stat tiles with bigger figures than the small demo data has ("1154 of 1265"), written
 * into the page after its screenshot: text spilling out of a tile, described.
 */
export function longFigureProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const values = document.querySelectorAll(
      'main dl > div > dd, main [aria-label="At a glance"] a > :first-child',
    );
    for (const value of values) value.textContent = '1154 of 1265';
    return [...values].flatMap((value) => {
      const tile = value.parentElement;
      return tile !== null &&
        (tile.scrollWidth > tile.clientWidth + 1 || value.scrollWidth > value.clientWidth + 1)
        ? [`"1154 of 1265" spills its tile (${value.scrollWidth} > ${value.clientWidth})`]
        : [];
    });
  });
}
