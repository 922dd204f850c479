export * from './mulberry32';
export * from './shuffle';
export * from './hash';
