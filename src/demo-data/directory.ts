/** Who is who in the synthetic council, and each member of staff as an actor. */
import type { Actor, StaffMember } from '../domain/records';
import type { Result } from '../domain/result';

/** The value of a transition that must succeed: a refusal is a bug in the generator. */
export const must = <T>(result: Result<T>, what: string): T => {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
  return result.value;
};

export class Directory {
  private readonly byId: ReadonlyMap<string, StaffMember>;
  private readonly byRole = new Map<StaffMember['role'], StaffMember[]>();
  private readonly byTeam = new Map<string, StaffMember[]>();

  constructor(readonly staff: readonly StaffMember[]) {
    this.byId = new Map(staff.map((s) => [s.id, s]));
  }

  member(id: string): StaffMember {
    const found = this.byId.get(id);
    if (found === undefined) throw new Error(`No member of staff ${id}`);
    return found;
  }

  actor(id: string): Actor {
    const { role, teamId, serviceAreaId } = this.member(id);
    return { id, role, teamId, serviceAreaId };
  }

  withRole(role: StaffMember['role']): StaffMember[] {
    let found = this.byRole.get(role);
    if (found === undefined) {
      found = this.staff.filter((s) => s.role === role && s.active);
      this.byRole.set(role, found);
    }
    return found;
  }

  /** The (first) QA lead: allocates, verifies and closes the loop. */
  qaLead(): Actor {
    const lead = this.withRole('QALead').at(0);
    if (lead === undefined) throw new Error('No QA lead');
    return this.actor(lead.id);
  }

  /**
   * The QA lead who verifies and closes the loop on a service's actions: with deputies, each
   * service area has one of them, in turn; otherwise the QA lead.
   */
  qaLeadFor(serviceAreaId: string): Actor {
    const leads = this.withRole('QALead');
    const areas = this.withRole('HeadOfService').map((s) => s.serviceAreaId);
    const lead = leads.at(Math.max(0, areas.indexOf(serviceAreaId)) % Math.max(1, leads.length));
    if (lead === undefined) throw new Error('No QA lead');
    return this.actor(lead.id);
  }

  headOfService(serviceAreaId: string): Actor {
    const hos = this.withRole('HeadOfService').find((s) => s.serviceAreaId === serviceAreaId);
    if (hos === undefined) throw new Error(`No head of service for ${serviceAreaId}`);
    return this.actor(hos.id);
  }

  practitionersOf(teamId: string): StaffMember[] {
    let found = this.byTeam.get(teamId);
    if (found === undefined) {
      found = this.withRole('Practitioner').filter((s) => s.teamId === teamId);
      this.byTeam.set(teamId, found);
    }
    return found;
  }
}
