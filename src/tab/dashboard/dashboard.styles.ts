import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Grade } from '../../domain/records/grade';

export const GRADE_CHART_COLOURS: Record<Grade, string> = {
  Outstanding: tokens.colorPaletteGreenBackground3,
  Good: tokens.colorBrandBackground,
  'Requires improvement to be good': tokens.colorPaletteMarigoldBackground3,
  Inadequate: tokens.colorPaletteRedBackground3,
};

export const useDashboardStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
  // The label comes first for a screen reader (dt, dd) and sits under the value on screen.
  kpi: { flexDirection: 'column-reverse', justifyContent: 'flex-end' },
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))',
    gap: tokens.spacingHorizontalXL,
    marginBottom: tokens.spacingVerticalXL,
  },
  chart: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    margin: 0,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // The grades as the framework writes them, not title-cased by the chart's legend.
  donut: {
    '& .fui-legend__legend': { textTransform: 'none' },
    '& .fui-legend__resizableArea': { justifyContent: 'center' },
  },
  bars: {
    '& .fui-hbc__legendContainer': { display: 'none' },
    // 9.3.25 widens each segment to make room for the gaps between them, then adds the gaps
    // too: a bar of four grades ran ~10px past the chart's edge. Clip it at the edge.
    '& .fui-hbc__chart': { overflow: 'hidden' },
  },
  legend: {
    ...typographyStyles.caption1,
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  swatch: {
    width: '12px',
    height: '12px',
    flexShrink: 0,
    forcedColorAdjust: 'none',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  scroller: {
    overflowX: 'auto',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  table: { width: '100%', borderCollapse: 'collapse' },
  caption: {
    ...typographyStyles.subtitle2,
    textAlign: 'left',
    paddingBottom: tokens.spacingVerticalS,
  },
  cell: {
    textAlign: 'left',
    padding: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});
