/** When reminders go, in days. */
export interface ReminderPolicy {
  /** A reminder this many days before the due date. */
  readonly dueSoonDays: number;
  /** Overdue actions go to the team manager the day after the due date, and to the head of
   * service once they are more than this many days overdue. */
  readonly headOfServiceAfterDays: number;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  dueSoonDays: 3,
  headOfServiceAfterDays: 7,
};
