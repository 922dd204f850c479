import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useModerationStyles = makeStyles({
  sideBySide: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
  },
  panel: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sticky: { position: 'sticky', top: tokens.spacingVerticalL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  wrap: { flexWrap: 'wrap' },
  quality: { marginTop: tokens.spacingVerticalXXL },
});
