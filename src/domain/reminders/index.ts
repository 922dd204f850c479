export * from './policy';
export * from './reminders-due';
