/**
 * Thematic audits (as directed by the PSW and AD: one cohort, every audit moderated) and dip
 * samples (a head of service samples their own service's cases), in turn across the years.
 */
import { addDays } from '../domain/lifecycle';
import { fnv1a } from '../domain/random';
import type { Cohort, Cycle } from '../domain/records';
import { DEFAULT_TIMESCALES } from '../domain/records';
import type { DemoShape } from './shape';

/** Cycles between thematic audits (about twice a year) and between dip samples. */
export const THEMATIC_EVERY = 6;
export const DIP_SAMPLE_EVERY = 4;

interface Theme {
  readonly name: string;
  readonly theme: string;
  readonly cohort: Cohort;
}

/** The latest thematic audit first; earlier ones take the next theme in turn. */
export const THEMES: readonly Theme[] = [
  {
    name: "Thematic audit: the child's voice in child protection plans",
    theme: "The child's voice in child protection plans: how wishes and feelings shape the plan.",
    cohort: 'ChildProtection',
  },
  {
    name: 'Thematic audit: pathway planning with care leavers',
    theme: "Pathway planning with care leavers: how the plan reflects the young person's goals.",
    cohort: 'CareLeaver',
  },
  {
    name: 'Thematic audit: permanence planning for children looked after',
    theme: 'Permanence planning for children looked after: timeliness and the plan explained.',
    cohort: 'ChildLookedAfter',
  },
  {
    name: 'Thematic audit: child in need plans and step-down',
    theme: 'Child in need plans: progress against outcomes and planned step-down to early help.',
    cohort: 'ChildInNeed',
  },
  {
    name: 'Thematic audit: early help assessments',
    theme: "Early help assessments: the family's voice and the impact of the plan.",
    cohort: 'EarlyHelp',
  },
];

/** What each service's dip sample looks at: management oversight of its plans. */
const DIP_FOCUS: Readonly<Record<string, string>> = {
  'SA-EH': 'early help plans',
  'SA-CP': 'child in need and child protection plans',
  'SA-CLA': 'care plans for children looked after',
  'SA-CL': 'pathway plans',
  'SA-DC': 'plans for disabled children',
  'SA-AS': 'safety plans for adolescents',
};

export const themeOf = (ordinal: number): Theme => THEMES[ordinal % THEMES.length];

export const thematicCycle = (
  start: string,
  ordinal: number,
  seed: number,
  state: Cycle['state'],
): Cycle => {
  const { name, theme } = themeOf(ordinal);
  const id = `THM-${start}`;
  return {
    id,
    name,
    kind: 'Thematic',
    state,
    startDate: start,
    endDate: addDays(start, 41),
    timescales: DEFAULT_TIMESCALES,
    theme,
    seed: fnv1a(`${String(seed)}|${id}`),
    closure: null,
  };
};

/** The service area whose head of service takes the dip sample: each in turn, latest first. */
export const dipSampleAreaOf = (shape: DemoShape, ordinal: number): string =>
  shape.serviceAreas[ordinal % shape.serviceAreas.length].id;

export const dipSampleCycle = (
  start: string,
  ordinal: number,
  shape: DemoShape,
  state: Cycle['state'],
): Cycle => {
  const focus = DIP_FOCUS[dipSampleAreaOf(shape, ordinal)] ?? 'plans';
  return {
    id: `DIP-${start}`,
    name: `Dip sample: management oversight of ${focus}`,
    kind: 'DipSample',
    state,
    startDate: start,
    endDate: addDays(start, 27),
    timescales: { ...DEFAULT_TIMESCALES, auditDays: 14, moderationDays: 21 },
    theme: `Management oversight of ${focus}: supervision recorded and actions followed up.`,
    seed: null,
    closure: null,
  };
};
