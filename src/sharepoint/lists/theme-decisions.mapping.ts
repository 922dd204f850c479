import { THEME_DECISIONS } from '../../domain/records/learning-theme';
import type { ListMapping } from './mapping';
import { dateValue, titleValue } from './field-values';

/** A cycle's theme decisions: one item per cycle and theme, filtered by cycle. */
export const themeDecisionsMapping: ListMapping<'themeDecisions'> = {
  kind: 'themeDecisions',
  key: (d) => d.id,
  columns: { id: 'RecordId', cycleId: 'CycleId', themeId: 'ThemeId', decision: 'Decision' },
  toFields: (d) => ({
    RecordId: d.id,
    Title: titleValue(`${d.themeId} in ${d.cycleId}`),
    CycleId: d.cycleId,
    ThemeId: d.themeId,
    Decision: d.decision,
    MergedIntoThemeId: d.mergedIntoThemeId,
    DecidedById: d.decidedById,
    DecidedOn: dateValue(d.decidedOn),
  }),
  fromFields: (read) => {
    const decision = read.choice('Decision', 'decision', THEME_DECISIONS, 'Rejected');
    const into = read.textOrNull('MergedIntoThemeId', 'mergedIntoThemeId');
    return {
      id: read.text('RecordId', 'id'),
      cycleId: read.text('CycleId', 'cycleId'),
      themeId: read.text('ThemeId', 'themeId'),
      // A merge with no theme to merge into (a hand edit) is read as not decided: rejected.
      decision: decision === 'Merged' && into === null ? 'Rejected' : decision,
      mergedIntoThemeId: decision === 'Merged' ? into : null,
      decidedById: read.text('DecidedById', 'decidedById'),
      decidedOn: read.date('DecidedOn', 'decidedOn') ?? '',
    };
  },
};
