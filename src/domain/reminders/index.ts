export * from './policy';
export * from './reminders-due';
export * from './reminder-stages';
