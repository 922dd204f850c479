export * from './column-mapping';
export * from './column-plan';
export * from './identifying-columns';
export * from './register-dates';
export * from './register-people';
export * from './register-rows';
export * from './check-register';
export * from './register-diff';
