import type { ReadFlag } from '../ports/versioned';

/** The lists other lists point at, and what they are called in a message. */
export type ReferenceTarget = 'serviceAreas' | 'teams' | 'staff' | 'cases' | 'cycles' | 'audits';

const TARGET_WORDS: Readonly<Record<ReferenceTarget, string>> = {
  serviceAreas: 'Service areas',
  teams: 'Teams',
  staff: 'Staff',
  cases: 'Cases',
  cycles: 'Cycles',
  audits: 'Audits',
};

/** Each list's fields that hold another list's key (a case by its case number). */
export const REFERENCES: Readonly<Record<string, Readonly<Record<string, ReferenceTarget>>>> = {
  teams: { serviceAreaId: 'serviceAreas' },
  staff: { teamId: 'teams', serviceAreaId: 'serviceAreas' },
  cases: { teamId: 'teams', serviceAreaId: 'serviceAreas', allocatedWorkerId: 'staff' },
  audits: {
    cycleId: 'cycles',
    caseNumber: 'cases',
    teamId: 'teams',
    serviceAreaId: 'serviceAreas',
    auditorId: 'staff',
    workerId: 'staff',
    teamManagerId: 'staff',
    moderatorId: 'staff',
  },
  moderations: { auditId: 'audits', cycleId: 'cycles', moderatorId: 'staff', auditorId: 'staff' },
  actions: {
    auditId: 'audits',
    cycleId: 'cycles',
    teamId: 'teams',
    serviceAreaId: 'serviceAreas',
    ownerId: 'staff',
  },
  feedback: {
    serviceAreaId: 'serviceAreas',
    teamId: 'teams',
    caseNumber: 'cases',
    auditId: 'audits',
    recordedById: 'staff',
  },
  observations: {
    observerId: 'staff',
    practitionerId: 'staff',
    teamId: 'teams',
    serviceAreaId: 'serviceAreas',
  },
};

/** Whether a key is on a list. */
export type KnownKeys = (target: ReferenceTarget, key: string) => boolean;

/**
 * The references of a record that do not resolve — a team id typed by hand in SharePoint that
 * no team has, a member of staff who is not on the Staff list — as flags for the lists' health
 * page. An empty or absent reference is not flagged (optional ones are null).
 */
export function unresolvedReferences(kind: string, record: object, known: KnownKeys): ReadFlag[] {
  const fields = REFERENCES[kind] ?? {};
  const flags: ReadFlag[] = [];
  for (const [field, target] of Object.entries(fields)) {
    const value = (record as Record<string, unknown>)[field];
    if (typeof value !== 'string' || value === '') continue;
    if (known(target, value)) continue;
    flags.push({
      field,
      found: value.slice(0, 40),
      message: `is not on the ${TARGET_WORDS[target]} list`,
    });
  }
  return flags;
}
