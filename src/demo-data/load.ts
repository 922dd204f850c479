/**
 * Writes demo data through the Store, in dependency order (organisation, staff, cases, cycles,
 * audits, moderations, actions, registers), a few hundred changes per `saveAll` (the store sends
 * them 20 to a Graph `$batch`). Creates are idempotent: loading twice leaves one of each.
 */
import type { Change, Store } from '../domain/ports';
import type { DemoData } from './generate';

/** Changes per `saveAll` call. */
export const LOAD_CHUNK = 300;

/** Every record of the data as a create, in the order the records depend on each other. */
export const demoChanges = (data: DemoData): Change[] => [
  ...data.serviceAreas.map((record): Change => ({ kind: 'serviceAreas', op: 'create', record })),
  ...data.teams.map((record): Change => ({ kind: 'teams', op: 'create', record })),
  ...data.staff.map((record): Change => ({ kind: 'staff', op: 'create', record })),
  ...data.cases.map((record): Change => ({ kind: 'cases', op: 'create', record })),
  ...data.cycles.map((record): Change => ({ kind: 'cycles', op: 'create', record })),
  ...data.audits.map((record): Change => ({ kind: 'audits', op: 'create', record })),
  ...data.moderations.map((record): Change => ({ kind: 'moderations', op: 'create', record })),
  ...data.actions.map((record): Change => ({ kind: 'actions', op: 'create', record })),
  ...data.feedback.map((record): Change => ({ kind: 'feedback', op: 'create', record })),
  ...data.observations.map((record): Change => ({ kind: 'observations', op: 'create', record })),
  ...data.schedule.map((record): Change => ({ kind: 'schedule', op: 'create', record })),
  ...data.reviews.map((record): Change => ({ kind: 'reviews', op: 'create', record })),
  ...data.learningThemes.map((record): Change => ({
    kind: 'learningThemes',
    op: 'create',
    record,
  })),
  ...data.themeDecisions.map((record): Change => ({
    kind: 'themeDecisions',
    op: 'create',
    record,
  })),
];

export async function loadDemoData(
  store: Store,
  data: DemoData,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const changes = demoChanges(data);
  for (let done = 0; done < changes.length; done += LOAD_CHUNK) {
    const chunk = changes.slice(done, done + LOAD_CHUNK);
    await store.saveAll(chunk);
    onProgress?.(done + chunk.length, changes.length);
  }
}
