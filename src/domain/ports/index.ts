export * from './versioned';
export * from './store-error';
export * from './infrastructure-records';
export * from './store';
export * from './document-library';
