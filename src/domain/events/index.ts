export * from './domain-event';
export * from './event-key';
export * from './recipients';
export * from './audit-log';
