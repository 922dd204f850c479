import { tokens } from '@fluentui/react-components';

const pair = (normal: string, subtle: string) => ({ default: normal, subtle });

/** Text colours from the Fluent theme, so cards read well in light, dark and high contrast. */
const foregroundColors = {
  default: pair(tokens.colorNeutralForeground1, tokens.colorNeutralForeground2),
  dark: pair(tokens.colorNeutralForeground1, tokens.colorNeutralForeground2),
  light: pair(tokens.colorNeutralForeground2, tokens.colorNeutralForeground3),
  accent: pair(tokens.colorBrandForeground1, tokens.colorBrandForeground2),
  good: pair(tokens.colorPaletteGreenForeground1, tokens.colorPaletteGreenForeground1),
  warning: pair(tokens.colorPaletteDarkOrangeForeground1, tokens.colorPaletteDarkOrangeForeground1),
  attention: pair(tokens.colorPaletteRedForeground1, tokens.colorPaletteRedForeground1),
};

const style = (backgroundColor: string) => ({ backgroundColor, foregroundColors });

/**
 * The Adaptive Cards host config: Fluent tokens (CSS variables, which the renderer writes into
 * inline styles as they are) in place of the library's fixed light colours.
 */
export const HOST_CONFIG = {
  fontFamily: 'inherit',
  supportsInteractivity: true,
  containerStyles: {
    default: style(tokens.colorNeutralBackground1),
    emphasis: style(tokens.colorNeutralBackground3),
    accent: style(tokens.colorBrandBackground2),
    good: style(tokens.colorPaletteGreenBackground1),
    attention: style(tokens.colorPaletteRedBackground1),
    warning: style(tokens.colorPaletteYellowBackground1),
  },
};
