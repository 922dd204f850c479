import { Resvg } from '@resvg/resvg-js';

/** An SVG drawn as a PNG, with the system's fonts (DejaVu Sans where present). */
export const renderPng = (svg: string): Buffer =>
  new Resvg(svg, {
    background: '#FFFFFF',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
