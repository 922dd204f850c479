/** Its own chunk: loaded only when the dark theme is shown. */
export { teamsDarkTheme as theme } from '@fluentui/react-components';
