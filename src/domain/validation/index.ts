export * from './parse-input';
export * from './primitives';
export * from './audit-inputs';
export * from './moderation-inputs';
export * from './action-inputs';
export * from './register-inputs';
