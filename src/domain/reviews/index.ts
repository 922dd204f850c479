export * from './answers';
export * from './review-draw';
export * from './review-steps';
