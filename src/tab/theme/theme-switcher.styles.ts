import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

export const useThemeSwitcherStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // A native select dressed in Fluent's tokens (as Fluent's Select draws its own): the browser
  // keeps its keyboard, screen reader and forced-colours behaviour.
  select: {
    ...typographyStyles.body1,
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': shorthands.borderColor(tokens.colorNeutralStroke1Hover),
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
});
