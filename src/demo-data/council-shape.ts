/**
 * A large council: 6 service areas, 54 teams, about 390 staff and 12,000 open cases, with five
 * and a half years of six-weekly cycles (team managers audit four cases each), thematic audits
 * twice a year, dip samples by each head of service in turn, and actions agreed on each area's
 * development points, as councils record them on the audit form.
 */
import type { DemoShape, ServiceAreaSpec } from './shape';
import {
  ADOPTION_AND_SGO,
  CARE_LEAVERS_ONLY,
  CHILD_IN_NEED_ONLY,
  COMPLEX_SAFEGUARDING,
  COURT_AND_PROCEEDINGS,
  DISABLED_CHILDREN,
  EARLY_HELP_ONLY,
  FAMILY_SUPPORT,
  FRONT_DOOR,
  localTeams,
  LOOKED_AFTER_ONLY,
  MASH,
  SAFEGUARDING,
  STAYING_PUT,
} from './shape';

const FOUR = ['North', 'South', 'East', 'West'];
const EIGHT = [...FOUR, 'Central', 'North East', 'South West', 'Riverside'];
const TEN = [...EIGHT, 'North West', 'South East'];

const areas: readonly ServiceAreaSpec[] = [
  {
    id: 'SA-EH',
    name: 'Early Help and Front Door',
    code: 'EH',
    teams: [
      ...localTeams('Front Door Assessment', ['North', 'South', 'Central'], FRONT_DOOR),
      { name: 'Multi-Agency Safeguarding Hub', cohorts: MASH },
      ...localTeams('Early Help', EIGHT, EARLY_HELP_ONLY),
      ...localTeams('Family Support', ['East', 'West'], FAMILY_SUPPORT),
    ],
  },
  {
    id: 'SA-CP',
    name: 'Children in Need and Protection',
    code: 'CP',
    teams: [
      ...localTeams('Safeguarding', TEN, SAFEGUARDING),
      ...localTeams('Child in Need', FOUR, CHILD_IN_NEED_ONLY),
    ],
  },
  {
    id: 'SA-CLA',
    name: 'Children Looked After',
    code: 'CLA',
    teams: [
      ...localTeams('Children in Care', EIGHT, LOOKED_AFTER_ONLY),
      ...localTeams('Court and Proceedings', ['North', 'South'], COURT_AND_PROCEEDINGS),
    ],
  },
  {
    id: 'SA-CL',
    name: 'Care Leavers and Permanence',
    code: 'CL',
    teams: [
      ...localTeams('Leaving Care', FOUR, CARE_LEAVERS_ONLY),
      { name: 'Staying Put and Transitions', cohorts: STAYING_PUT },
      ...localTeams('Permanence', ['North', 'South'], LOOKED_AFTER_ONLY),
      { name: 'Adoption and Special Guardianship', cohorts: ADOPTION_AND_SGO },
    ],
  },
  {
    id: 'SA-DC',
    name: 'Disabled Children',
    code: 'DC',
    teams: [
      ...localTeams('Disabled Children', ['North', 'South', 'Central'], DISABLED_CHILDREN),
      { name: 'Transitions to Adulthood', cohorts: { ChildInNeed: 70, ChildLookedAfter: 30 } },
    ],
  },
  {
    id: 'SA-AS',
    name: 'Adolescents and Complex Safeguarding',
    code: 'AS',
    teams: [
      ...localTeams('Complex Safeguarding', ['North', 'South'], COMPLEX_SAFEGUARDING),
      ...localTeams('Adolescent Support', ['North', 'South'], {
        ChildInNeed: 60,
        ChildProtection: 20,
        ChildLookedAfter: 20,
      }),
    ],
  },
];

export const COUNCIL_SHAPE: DemoShape = {
  serviceAreas: areas,
  practitionersPerTeam: [5, 7],
  openCasesPerPractitioner: [34, 42],
  closedCaseShare: 0.1,
  pastCycles: 46,
  casesPerAuditor: 4,
  moderationShare: 0.25,
  thematicAudits: 8,
  thematicCases: 24,
  dipSamples: 12,
  dipSampleCases: 12,
  qaLeads: 4,
  actionPlanning: 'eachArea',
  feedbackEntries: 2500,
  observations: 900,
};
