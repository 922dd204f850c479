/**
 * How big the synthetic council is: the small, full and council sizes share every code path.
 * Each team serves its own cohorts (a Children in Care team holds children looked after), and a
 * service area's cohorts are those of its teams.
 */
import type { Cohort } from '../domain/records';

export type CohortWeights = Readonly<Partial<Record<Cohort, number>>>;

export interface TeamSpec {
  readonly name: string;
  /** Share of the team's cases in each cohort it serves. */
  readonly cohorts: CohortWeights;
}

export interface ServiceAreaSpec {
  readonly id: string;
  readonly name: string;
  /** Short code used in team ids. */
  readonly code: string;
  readonly teams: readonly TeamSpec[];
}

/** How an audit's actions are agreed: on its weakest areas, or on each area's development points. */
export type ActionPlanning = 'weakestAreas' | 'eachArea';

export interface DemoShape {
  readonly serviceAreas: readonly ServiceAreaSpec[];
  readonly practitionersPerTeam: readonly [number, number];
  readonly openCasesPerPractitioner: readonly [number, number];
  /** Closed cases on the register, as a share of open ones. */
  readonly closedCaseShare: number;
  /** Six-weekly case file audit cycles before the current one. */
  readonly pastCycles: number;
  readonly casesPerAuditor: number;
  /** Share of each six-weekly draw sampled for moderation at allocation. */
  readonly moderationShare: number;
  /** Thematic audits (the latest two cycles ago, then every six cycles) and cases in each. */
  readonly thematicAudits: number;
  readonly thematicCases: number;
  /** Dip samples by the heads of service in turn (the latest a cycle ago, then every four). */
  readonly dipSamples: number;
  readonly dipSampleCases: number;
  /** The QA lead, and deputies who share verification and closing the loop by service area. */
  readonly qaLeads: number;
  readonly actionPlanning: ActionPlanning;
  readonly feedbackEntries: number;
  readonly observations: number;
}

/** Teams of one kind in several localities, e.g. `Early Help North`, `Early Help South`. */
export const localTeams = (
  kind: string,
  localities: readonly string[],
  cohorts: CohortWeights,
): TeamSpec[] => localities.map((locality) => ({ name: `${kind} ${locality}`, cohorts }));

export const EARLY_HELP_ONLY: CohortWeights = { EarlyHelp: 100 };
export const SAFEGUARDING: CohortWeights = { ChildInNeed: 55, ChildProtection: 45 };
export const CHILD_IN_NEED_ONLY: CohortWeights = { ChildInNeed: 100 };
export const LOOKED_AFTER_ONLY: CohortWeights = { ChildLookedAfter: 100 };
export const CARE_LEAVERS_ONLY: CohortWeights = { CareLeaver: 100 };
export const FRONT_DOOR: CohortWeights = { ChildInNeed: 60, EarlyHelp: 40 };
export const MASH: CohortWeights = { EarlyHelp: 50, ChildInNeed: 50 };
export const FAMILY_SUPPORT: CohortWeights = { EarlyHelp: 80, ChildInNeed: 20 };
export const COMPLEX_SAFEGUARDING: CohortWeights = { ChildProtection: 60, ChildInNeed: 40 };
export const DISABLED_CHILDREN: CohortWeights = {
  ChildInNeed: 50,
  ChildLookedAfter: 30,
  ChildProtection: 20,
};
export const COURT_AND_PROCEEDINGS: CohortWeights = { ChildProtection: 60, ChildLookedAfter: 40 };
export const STAYING_PUT: CohortWeights = { CareLeaver: 70, ChildLookedAfter: 30 };
export const ADOPTION_AND_SGO: CohortWeights = { ChildLookedAfter: 50, ChildInNeed: 50 };

const EARLY_HELP: ServiceAreaSpec = {
  id: 'SA-EH',
  name: 'Early Help and Front Door',
  code: 'EH',
  teams: [
    { name: 'Front Door Assessment', cohorts: FRONT_DOOR },
    { name: 'Multi-Agency Safeguarding Hub', cohorts: MASH },
    ...localTeams('Early Help', ['North', 'South', 'East'], EARLY_HELP_ONLY),
    { name: 'Family Support West', cohorts: FAMILY_SUPPORT },
  ],
};

const PROTECTION: ServiceAreaSpec = {
  id: 'SA-CP',
  name: 'Children in Need and Protection',
  code: 'CP',
  teams: [
    ...localTeams('Safeguarding', ['North', 'South', 'East', 'West', 'Central'], SAFEGUARDING),
    { name: 'Complex Safeguarding', cohorts: COMPLEX_SAFEGUARDING },
    ...localTeams('Child in Need', ['North', 'South'], CHILD_IN_NEED_ONLY),
  ],
};

const LOOKED_AFTER: ServiceAreaSpec = {
  id: 'SA-CLA',
  name: 'Children Looked After',
  code: 'CLA',
  teams: [
    ...localTeams('Children in Care', ['North', 'South', 'East', 'West'], LOOKED_AFTER_ONLY),
    { name: 'Disabled Children', cohorts: DISABLED_CHILDREN },
    { name: 'Court and Proceedings', cohorts: COURT_AND_PROCEEDINGS },
  ],
};

const CARE_LEAVERS: ServiceAreaSpec = {
  id: 'SA-CL',
  name: 'Care Leavers and Permanence',
  code: 'CL',
  teams: [
    ...localTeams('Leaving Care', ['North', 'South'], CARE_LEAVERS_ONLY),
    { name: 'Staying Put and Transitions', cohorts: STAYING_PUT },
    { name: 'Permanence', cohorts: LOOKED_AFTER_ONLY },
    { name: 'Adoption and Special Guardianship', cohorts: ADOPTION_AND_SGO },
  ],
};

/** A mid-sized council: 4 service areas, 25 teams, about 200 staff and 2,500 open cases. */
export const FULL_SHAPE: DemoShape = {
  serviceAreas: [EARLY_HELP, PROTECTION, LOOKED_AFTER, CARE_LEAVERS],
  practitionersPerTeam: [6, 7],
  openCasesPerPractitioner: [13, 18],
  closedCaseShare: 0.1,
  pastCycles: 3,
  casesPerAuditor: 2,
  moderationShare: 0.5,
  thematicAudits: 1,
  thematicCases: 10,
  dipSamples: 1,
  dipSampleCases: 8,
  qaLeads: 2,
  actionPlanning: 'weakestAreas',
  feedbackEntries: 60,
  observations: 30,
};

/** One service area, 3 teams, about 25 staff and 60 cases: for fast integration tests. */
export const SMALL_SHAPE: DemoShape = {
  serviceAreas: [{ ...PROTECTION, teams: PROTECTION.teams.slice(0, 3) }],
  practitionersPerTeam: [6, 6],
  openCasesPerPractitioner: [3, 4],
  closedCaseShare: 0.1,
  pastCycles: 1,
  casesPerAuditor: 2,
  moderationShare: 0.5,
  thematicAudits: 0,
  thematicCases: 0,
  dipSamples: 0,
  dipSampleCases: 0,
  qaLeads: 1,
  actionPlanning: 'weakestAreas',
  feedbackEntries: 10,
  observations: 5,
};
