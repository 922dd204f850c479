/** A chart ready for a document: the picture, and the same figures in words for alt text. */
export interface Chart {
  readonly title: string;
  /** States every figure the picture shows, for a reader who cannot see it. */
  readonly altText: string;
  readonly svg: string;
  readonly png: Buffer;
  /** Pixels, at 96 to the inch. */
  readonly width: number;
  readonly height: number;
}

/** One bar: its label, its height (null: no bar, only its text), and the figure printed on it. */
export interface Bar {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
}

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;
