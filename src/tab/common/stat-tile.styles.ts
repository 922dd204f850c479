import { makeStyles, tokens } from '@fluentui/react-components';
import { NARROW } from './breakpoints';

/**
 * Stat tiles (the dashboard's figures, the home page's counts): a grid that keeps two to a row
 * on a phone, and a value that wraps inside its tile, never past it ("154 of 265", "100%").
 */
export const useStatTileStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(10rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: `0 0 ${tokens.spacingVerticalXL} 0`,
    padding: 0,
    [NARROW]: {
      gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
      gap: tokens.spacingHorizontalS,
    },
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  /** The smaller part of a value: "of 265". */
  detail: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  label: { color: tokens.colorNeutralForeground2 },
});
