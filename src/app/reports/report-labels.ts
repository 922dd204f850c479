import type { Directory } from '../directory/directory';

/** Every service, team and member of staff by name, for a document's tables. */
export const reportLabels = (directory: Directory) => ({
  service: Object.fromEntries(directory.serviceAreas().map((s) => [s.id, s.name])),
  team: Object.fromEntries(directory.teams().map((t) => [t.id, t.name])),
  staff: Object.fromEntries(directory.allStaff().map((s) => [s.id, s.displayName])),
});
