export * from './reaudit';
export * from './standing';
export * from './grade-change';
export * from './target-cycle';
export * from './schedule-reaudit';
export * from './reaudit-outcomes';
export * from './reaudit-progress';
