export * from './allocation-draw';
export * from './balanced-assignment';
export * from './draw';
export * from './draw-input';
export * from './on-submit';
export * from './proportional-quotas';
export * from './reallocate';
export * from './staff-pools';
