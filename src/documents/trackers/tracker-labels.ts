/** Names for the ids in the records; an id without a name prints as itself. */
export interface TrackerLabels {
  readonly staff: Readonly<Record<string, string>>;
  readonly team: Readonly<Record<string, string>>;
}
