import { ImageRun, Paragraph } from 'docx';
import type { Chart } from '../charts/chart';

/** A chart as an inline picture, its figures in words as the alt text. */
export const chartImage = (chart: Chart): Paragraph =>
  new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: chart.png,
        transformation: { width: chart.width, height: chart.height },
        altText: { name: chart.title, title: chart.title, description: chart.altText },
      }),
    ],
  });
