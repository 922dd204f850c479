export * from './confirmed-theme';
export * from './confirmed-themes';
export * from './suggested-themes';
export * from './theme-limits';
export * from './theme-steps';
export * from './theme-text';
