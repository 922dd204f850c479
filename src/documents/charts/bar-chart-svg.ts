import type { Bar } from './chart';
import { escapeXml } from './escape-xml';

export interface BarChartSpec {
  readonly title: string;
  readonly bars: readonly Bar[];
  /** The value of a full-height bar. */
  readonly max: number;
  readonly width: number;
  readonly height: number;
}

const TOP = 48;
const BOTTOM = 56;
const SIDE = 24;
const FONT = 'font-family="DejaVu Sans, Arial, sans-serif"';

/** A plain vertical bar chart as SVG: a title, one bar per item, its figure above, its label below. */
export const barChartSvg = ({ title, bars, max, width, height }: BarChartSpec): string => {
  const plot = height - TOP - BOTTOM;
  const slot = (width - 2 * SIDE) / Math.max(bars.length, 1);
  const barWidth = Math.min(slot * 0.6, 96);
  const items = bars.map((bar, i) => {
    const x = SIDE + i * slot + (slot - barWidth) / 2;
    const h = bar.value === null || max <= 0 ? 0 : Math.max((bar.value / max) * plot, 1);
    const y = TOP + plot - h;
    const centre = x + barWidth / 2;
    return [
      h > 0
        ? `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="#1F5C99"/>`
        : '',
      `<text x="${centre.toFixed(1)}" y="${(y - 6).toFixed(1)}" ${FONT} font-size="13" text-anchor="middle" fill="#1A1A1A">${escapeXml(bar.text)}</text>`,
      `<text x="${centre.toFixed(1)}" y="${(TOP + plot + 20).toFixed(1)}" ${FONT} font-size="12" text-anchor="middle" fill="#1A1A1A">${escapeXml(bar.label)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    `<text x="${SIDE}" y="28" ${FONT} font-size="16" font-weight="bold" fill="#1A1A1A">${escapeXml(title)}</text>`,
    `<line x1="${SIDE}" y1="${TOP + plot}" x2="${width - SIDE}" y2="${TOP + plot}" stroke="#595959" stroke-width="1"/>`,
    ...items,
    '</svg>',
  ].join('');
};
