import { makeStyles, tokens } from '@fluentui/react-components';

export const useErrorStateStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorNeutralForeground1,
  },
  icon: {
    flexShrink: 0,
    fontSize: '20px',
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorStatusDangerForeground1,
  },
  body: { flexGrow: 1, flexBasis: '240px', margin: 0 },
  title: { display: 'block', fontWeight: tokens.fontWeightSemibold },
});
