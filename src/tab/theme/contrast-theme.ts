/** Its own chunk: loaded only when the high-contrast theme is shown. */
export { teamsHighContrastTheme as theme } from '@fluentui/react-components';
