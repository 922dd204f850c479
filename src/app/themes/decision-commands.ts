import { mayReadThemes } from '../../domain/access/theme-access';
import type { Change } from '../../domain/ports/store';
import type { Versioned } from '../../domain/ports/versioned';
import type { Cycle } from '../../domain/records/cycle';
import type {
  LearningTheme,
  ThemeDecision,
  ThemeDecisionKind,
} from '../../domain/records/learning-theme';
import { themeDecisionId } from '../../domain/records/learning-theme';
import { ok } from '../../domain/result';
import { decideTheme } from '../../domain/themes/theme-steps';
import { changedFields } from '../audit-log/changed-fields';
import type { RecordCommand } from '../commands/command';

/** A theme of a cycle, and the decision on it so far (null: none yet, version 'new'). */
export interface ThemeDecisionRecords {
  readonly cycle: Versioned<Cycle>;
  readonly theme: Versioned<LearningTheme>;
  readonly decision: Versioned<ThemeDecision> | null;
}

/** The version of a theme not yet decided in a cycle. */
export const NO_DECISION_VERSION = 'new';

export const themeDecisionRef = (id: string): string => `themeDecision:${id}`;

/** A command's id for the decision on a theme in a cycle: `${cycleId}|${themeId}`. */
export const decisionKey = themeDecisionId;

const split = (id: string): [string, string] | null => {
  const at = id.indexOf('|');
  return at <= 0 || at === id.length - 1 ? null : [id.slice(0, at), id.slice(at + 1)];
};

/**
 * The QA lead's decision on a suggested theme of a cycle: the cycle and the theme read (404 if
 * either is not on its list), the decision so far with its version (optimistic concurrency:
 * 'new' while none is made), the domain decides who may and whether a merge is sound, one write
 * (a create, or the decision replaced) with its Audit log entry. No notification.
 */
const decisionCommand = <I>(
  name: string,
  decision: ThemeDecisionKind,
  intoOf: (input: I) => string | null,
): RecordCommand<ThemeDecisionRecords, I> => ({
  name,
  ref: themeDecisionRef,
  load: async (services, id) => {
    const parts = split(id);
    if (parts === null) return null;
    const [cycle, theme, held] = await Promise.all([
      services.store.repo('cycles').get(parts[0]),
      services.store.repo('learningThemes').get(parts[1]),
      services.store.repo('themeDecisions').get(id),
    ]);
    return cycle === null || theme === null ? null : { cycle, theme, decision: held };
  },
  visible: (actor) => mayReadThemes(actor),
  version: (loaded) => loaded.decision?.version ?? NO_DECISION_VERSION,
  afterSave: (loaded, saved) => ({
    ...loaded,
    decision:
      (saved.get(
        `themeDecisions:${decisionKey(loaded.cycle.record.id, loaded.theme.record.id)}`,
      ) as Versioned<ThemeDecision> | undefined) ?? loaded.decision,
  }),
  known: () => ({}),
  decide: async ({ services, loaded, actor, input, now }) => {
    const intoId = intoOf(input);
    const into = intoId === null ? null : await services.store.repo('learningThemes').get(intoId);
    const decided = decideTheme(actor, {
      cycleId: loaded.cycle.record.id,
      theme: loaded.theme.record,
      decision,
      into: into?.record ?? null,
      intoNamed: intoId !== null,
      today: now.slice(0, 10),
    });
    if (!decided.ok) return decided;
    const held = loaded.decision;
    const change: Change =
      held === null
        ? { kind: 'themeDecisions', op: 'create', record: decided.value }
        : {
            kind: 'themeDecisions',
            op: 'update',
            record: decided.value,
            expectedVersion: held.version,
          };
    return ok({
      changes: [change],
      events: [],
      changedFields:
        held === null
          ? Object.keys(decided.value).sort()
          : changedFields(held.record, decided.value),
    });
  },
});

export const confirmThemeCommand = decisionCommand<object>(
  'themes.confirm',
  'Confirmed',
  () => null,
);
export const rejectThemeCommand = decisionCommand<object>('themes.reject', 'Rejected', () => null);
export const mergeThemeCommand = decisionCommand<{ readonly mergedIntoThemeId: string }>(
  'themes.merge',
  'Merged',
  (input) => input.mergedIntoThemeId,
);
