import type { Actor } from '../records/actor';
import type { Role } from '../records/staff';
import { isServiceWide } from '../records/staff';
import type { AccessRecord, ActionParties, Relation } from './relations';
import { relationsTo } from './relations';

/** Relations that make a record one's own, whatever the role. */
const PERSONAL: readonly Relation[] = [
  'Auditor',
  'AllocatedWorker',
  'Moderator',
  'Contributor',
  'ActionOwner',
];

/** What, beyond their own records, each role reads. */
const READS_BY_ROLE: Readonly<Record<Role, readonly Relation[]>> = {
  Practitioner: [],
  TeamManager: ['SameTeam'],
  HeadOfService: ['SameService'],
  PrincipalSocialWorker: [],
  QALead: [],
  AssistantDirector: [],
  Director: [],
};

/**
 * Read access: a practitioner sees audits of their own cases and their own actions; a team
 * manager their team's and audits allocated to them; a head of service their service's and
 * their moderation queue; the QA lead, PSW, assistant director and director the whole service.
 */
export const canView = (
  actor: Actor,
  record: AccessRecord,
  parties: ActionParties = {},
): boolean => {
  if (isServiceWide(actor.role)) return true;
  const relations = relationsTo(actor, record, parties);
  return [...PERSONAL, ...READS_BY_ROLE[actor.role]].some((relation) => relations.has(relation));
};
