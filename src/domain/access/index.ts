export * from './relations';
export * from './transitions';
export * from './permission-matrix';
export * from './can';
export * from './can-view';
export * from './visible-fields';
export * from './moderation-access';
export * from './review-access';
