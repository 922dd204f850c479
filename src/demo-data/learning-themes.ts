/**
 * The theme vocabulary a QA lead would start from (section 8), with phrases that find each theme
 * in the demo's fixed audit phrases; and, for each cycle of the past year that has ended, the
 * QA lead's decisions, made by the real theme step: the two themes found most of each kind
 * confirmed, the third merged into the first, the fourth rejected. The cycle under way is left
 * for the QA lead to decide.
 */
import type { Audit, Cycle, LearningTheme, StaffMember, ThemeDecision } from '../domain/records';
import { actorOf } from '../domain/records';
import type { ThemeKind } from '../domain/themes';
import { decideTheme, suggestedThemes } from '../domain/themes';
import { addDays } from '../domain/lifecycle';

const theme = (
  id: string,
  label: string,
  kind: ThemeKind,
  phrases: readonly string[],
  active = true,
): LearningTheme => ({ id: `LT-${id}`, label, kind, phrases, active });

export const DEMO_THEMES: readonly LearningTheme[] = [
  theme('drift', 'Drift and delay', 'Development', [
    'drift',
    'delay',
    'not progressing',
    'outside timescale',
    'not been reviewed within the expected timescale',
  ]),
  theme('oversight', 'Management oversight', 'Development', [
    'no recorded management oversight',
    'management attention',
    'actions from supervision are not followed up',
    'gaps in assessment and oversight',
  ]),
  theme('risk', 'Analysis of risk', 'Development', [
    'analysis of risk',
    'risks may not be understood',
    'analysis should be strengthened',
  ]),
  theme('lived-experience', "The child's lived experience", 'Development', [
    'lived experience',
    "child's views are not recorded",
    'no evidence that the child was seen alone',
    "child's own words",
  ]),
  theme('chronology', 'Chronology out of date', 'Development', [
    'chronology out of date',
    'chronology has not been updated',
    'no chronology',
  ]),
  theme('plans', 'Plans without outcomes or timescales', 'Development', [
    'lacks timescales',
    'rather than outcomes',
    'timescales should be recorded',
  ]),
  theme('voice', "Child's voice heard", 'Strength', [
    "child's voice",
    "child's wishes are recorded",
    'seen alone on each visit',
    'views are quoted',
    'seen and heard',
  ]),
  theme('multi-agency', 'Good multi-agency working', 'Strength', [
    'multi-agency working',
    'all agencies',
    'joint working',
  ]),
  theme('relationships', 'Relationship-based practice', 'Strength', [
    'relationship-based practice',
    'knows the child well',
  ]),
  theme('outcomes', 'Plans focused on outcomes', 'Strength', [
    'clear outcomes',
    'progress against each outcome',
  ]),
  theme('supervision', 'Reflective supervision', 'Strength', [
    'reflective',
    'clear management direction',
  ]),
  theme('neglect', 'Neglect recognised early', 'Strength', ['neglect'], false),
];

const DECIDED_FOR_DAYS = 365;
const BY_ID = new Map(DEMO_THEMES.map((t) => [t.id, t]));

export const buildThemeDecisions = (
  staff: readonly StaffMember[],
  cycles: readonly Cycle[],
  audits: readonly Audit[],
  today: string,
): ThemeDecision[] => {
  const qa = staff.find((s) => s.role === 'QALead' && s.active);
  if (qa === undefined) return [];
  const past = cycles
    .filter((c) => c.endDate < today && c.endDate >= addDays(today, -DECIDED_FOR_DAYS))
    .sort((a, b) => a.endDate.localeCompare(b.endDate));
  return past.flatMap((cycle) => {
    const found = suggestedThemes(
      audits.filter((a) => a.cycleId === cycle.id),
      DEMO_THEMES.filter((t) => t.active),
    ).filter((s) => s.audits > 0);
    const decidedOn = addDays(cycle.endDate, 7) < today ? addDays(cycle.endDate, 7) : today;
    return (['Development', 'Strength'] as const).flatMap((kind) => {
      const ofKind = found.filter((s) => s.kind === kind);
      const first = BY_ID.get(ofKind[0]?.themeId ?? '') ?? null;
      return ofKind.slice(0, 4).flatMap((s, i): ThemeDecision[] => {
        const found = BY_ID.get(s.themeId);
        if (found === undefined) return [];
        const decided = decideTheme(actorOf(qa), {
          cycleId: cycle.id,
          theme: found,
          decision: i < 2 ? 'Confirmed' : i === 2 ? 'Merged' : 'Rejected',
          into: i === 2 ? first : null,
          intoNamed: i === 2,
          today: decidedOn,
        });
        return decided.ok ? [decided.value] : [];
      });
    });
  });
};
