import type { Actor, ServiceArea, StaffMember, Team } from '../../domain/records';
import { actorOf } from '../../domain/records/actor';
import { isActiveStaff } from '../../domain/records/staff';
import type { ReadModel } from '../read-model/read-model';

/** Who is asking, as the Staff list says now: only active members of staff are returned. */
export interface Member {
  readonly staff: StaffMember;
  readonly actor: Actor;
}

/** A Staff list edit made in SharePoint (a demotion, a deactivation) counts within a minute. */
export const DIRECTORY_MAX_AGE_MS = 60_000;

/**
 * The organisation — staff, teams and service areas — from the read model, which Graph delta
 * keeps current. Every request resolves its caller here, so it costs no Graph call of its own;
 * `member` first catches up when the copy is older than a minute, so a change to the Staff list
 * made by the QA lead in SharePoint counts everywhere within that time.
 */
export class Directory {
  private staffById = new Map<string, StaffMember>();
  private staffByOid = new Map<string, StaffMember>();
  private teamsById = new Map<string, Team>();
  private areasById = new Map<string, ServiceArea>();
  private built = { staff: -1, teams: -1, serviceAreas: -1 };

  constructor(
    private readonly model: ReadModel,
    private readonly maxAgeMs = DIRECTORY_MAX_AGE_MS,
  ) {}

  /** Catches up with the lists' changes now. */
  async refresh(): Promise<void> {
    await this.model.refresh();
  }

  /** Catches up only if the copy is older than a minute. */
  async fresh(): Promise<this> {
    await this.model.fresh(this.maxAgeMs);
    return this;
  }

  /** The active member of staff with this Entra object id, as the Staff list says now. */
  async member(oid: string): Promise<Member | null> {
    await this.fresh();
    const staff = this.staffByObjectId(oid);
    return isActiveStaff(staff) ? { staff, actor: actorOf(staff) } : null;
  }

  staff(id: string): StaffMember | undefined {
    return this.people().byId.get(id);
  }

  /** An active member of staff by id, or undefined. */
  activeStaff(id: string | null | undefined): StaffMember | undefined {
    const staff = id === null || id === undefined ? undefined : this.staff(id);
    return isActiveStaff(staff) ? staff : undefined;
  }

  staffByObjectId(oid: string): StaffMember | undefined {
    return this.people().byOid.get(oid.toLowerCase());
  }

  allStaff(): StaffMember[] {
    return [...this.people().byId.values()];
  }

  team(id: string): Team | undefined {
    return this.places().teams.get(id);
  }

  teams(): Team[] {
    return [...this.places().teams.values()];
  }

  serviceArea(id: string): ServiceArea | undefined {
    return this.places().areas.get(id);
  }

  serviceAreas(): ServiceArea[] {
    return [...this.places().areas.values()];
  }

  /** Display name for cards and the tab; staff only, never a child. */
  nameOf(staffId: string | null): string {
    if (staffId === null) return '—';
    return this.staff(staffId)?.displayName ?? 'Former member of staff';
  }

  headsOfService(serviceAreaId: string): string[] {
    return this.activeWith((s) => s.role === 'HeadOfService' && s.serviceAreaId === serviceAreaId);
  }

  qaLeads(): string[] {
    return this.activeWith((s) => s.role === 'QALead');
  }

  teamManagersOf(teamId: string): string[] {
    return this.activeWith((s) => s.role === 'TeamManager' && s.teamId === teamId);
  }

  private activeWith(predicate: (s: StaffMember) => boolean): string[] {
    return this.allStaff()
      .filter((s) => isActiveStaff(s) && predicate(s))
      .map((s) => s.id);
  }

  /** The staff maps, rebuilt only when the Staff list's copy has changed. */
  private people(): { byId: Map<string, StaffMember>; byOid: Map<string, StaffMember> } {
    const generation = this.model.generation('staff');
    if (generation !== this.built.staff) {
      const rows = this.model.records('staff').map((v) => v.record);
      this.staffById = new Map(rows.map((s) => [s.id, s]));
      this.staffByOid = new Map(rows.map((s) => [s.aadObjectId.toLowerCase(), s]));
      this.built.staff = generation;
    }
    return { byId: this.staffById, byOid: this.staffByOid };
  }

  private places(): { teams: Map<string, Team>; areas: Map<string, ServiceArea> } {
    const teams = this.model.generation('teams');
    if (teams !== this.built.teams) {
      this.teamsById = new Map(this.model.records('teams').map((v) => [v.record.id, v.record]));
      this.built.teams = teams;
    }
    const areas = this.model.generation('serviceAreas');
    if (areas !== this.built.serviceAreas) {
      this.areasById = new Map(
        this.model.records('serviceAreas').map((v) => [v.record.id, v.record]),
      );
      this.built.serviceAreas = areas;
    }
    return { teams: this.teamsById, areas: this.areasById };
  }
}
