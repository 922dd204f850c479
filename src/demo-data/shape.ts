/** How big the synthetic council is: the full demo and the small one share every code path. */
import type { Cohort } from '../domain/records';

export interface ServiceAreaSpec {
  readonly id: string;
  readonly name: string;
  /** Short code used in team ids. */
  readonly code: string;
  readonly teamNames: readonly string[];
  /** Share of the area's cases in each cohort. */
  readonly cohorts: Readonly<Partial<Record<Cohort, number>>>;
}

export interface DemoShape {
  readonly serviceAreas: readonly ServiceAreaSpec[];
  readonly practitionersPerTeam: readonly [number, number];
  readonly openCasesPerPractitioner: readonly [number, number];
  /** Closed cases on the register, as a share of open ones. */
  readonly closedCaseShare: number;
  /** Six-weekly case file audit cycles before the current one. */
  readonly pastCycles: number;
  readonly casesPerAuditor: number;
  readonly thematicAudit: boolean;
  readonly dipSample: boolean;
  readonly deputyQaLead: boolean;
  readonly feedbackEntries: number;
  readonly observations: number;
}

const EARLY_HELP: ServiceAreaSpec = {
  id: 'SA-EH',
  name: 'Early Help and Front Door',
  code: 'EH',
  teamNames: [
    'Front Door Assessment',
    'Multi-Agency Safeguarding Hub',
    'Early Help North',
    'Early Help South',
    'Early Help East',
    'Family Support West',
  ],
  cohorts: { EarlyHelp: 80, ChildInNeed: 20 },
};

const PROTECTION: ServiceAreaSpec = {
  id: 'SA-CP',
  name: 'Children in Need and Protection',
  code: 'CP',
  teamNames: [
    'Safeguarding North',
    'Safeguarding South',
    'Safeguarding East',
    'Safeguarding West',
    'Safeguarding Central',
    'Complex Safeguarding',
    'Child in Need North',
    'Child in Need South',
  ],
  cohorts: { ChildInNeed: 55, ChildProtection: 45 },
};

const LOOKED_AFTER: ServiceAreaSpec = {
  id: 'SA-CLA',
  name: 'Children Looked After',
  code: 'CLA',
  teamNames: [
    'Children in Care North',
    'Children in Care South',
    'Children in Care East',
    'Children in Care West',
    'Disabled Children',
    'Court and Proceedings',
  ],
  cohorts: { ChildLookedAfter: 90, ChildProtection: 10 },
};

const CARE_LEAVERS: ServiceAreaSpec = {
  id: 'SA-CL',
  name: 'Care Leavers and Permanence',
  code: 'CL',
  teamNames: [
    'Leaving Care North',
    'Leaving Care South',
    'Staying Put and Transitions',
    'Permanence',
    'Adoption and Special Guardianship',
  ],
  cohorts: { CareLeaver: 70, ChildLookedAfter: 30 },
};

/** A mid-sized council: 4 service areas, 25 teams, about 200 staff and 2,500 open cases. */
export const FULL_SHAPE: DemoShape = {
  serviceAreas: [EARLY_HELP, PROTECTION, LOOKED_AFTER, CARE_LEAVERS],
  practitionersPerTeam: [6, 7],
  openCasesPerPractitioner: [13, 18],
  closedCaseShare: 0.1,
  pastCycles: 3,
  casesPerAuditor: 2,
  thematicAudit: true,
  dipSample: true,
  deputyQaLead: true,
  feedbackEntries: 60,
  observations: 30,
};

/** One service area, 3 teams, about 25 staff and 60 cases: for fast integration tests. */
export const SMALL_SHAPE: DemoShape = {
  serviceAreas: [{ ...PROTECTION, teamNames: PROTECTION.teamNames.slice(0, 3) }],
  practitionersPerTeam: [6, 6],
  openCasesPerPractitioner: [3, 4],
  closedCaseShare: 0.1,
  pastCycles: 1,
  casesPerAuditor: 2,
  thematicAudit: false,
  dipSample: false,
  deputyQaLead: false,
  feedbackEntries: 10,
  observations: 5,
};
