import type { Store } from '../../domain/ports';
import type { ServiceArea, StaffMember, Team } from '../../domain/records';

/**
 * The organisation in memory: staff, teams and service areas, a few hundred rows read once and
 * refreshed on demand. Every request resolves its caller here, so it must cost no Graph call.
 */
export class Directory {
  private staffById = new Map<string, StaffMember>();
  private staffByOid = new Map<string, StaffMember>();
  private teamsById = new Map<string, Team>();
  private areasById = new Map<string, ServiceArea>();

  constructor(private readonly store: Store) {}

  async refresh(): Promise<void> {
    const [staff, teams, areas] = await Promise.all([
      this.store.repo('staff').list(),
      this.store.repo('teams').list(),
      this.store.repo('serviceAreas').list(),
    ]);
    this.staffById = new Map(staff.map((s) => [s.record.id, s.record]));
    this.staffByOid = new Map(staff.map((s) => [s.record.aadObjectId.toLowerCase(), s.record]));
    this.teamsById = new Map(teams.map((t) => [t.record.id, t.record]));
    this.areasById = new Map(areas.map((a) => [a.record.id, a.record]));
  }

  staff(id: string): StaffMember | undefined {
    return this.staffById.get(id);
  }

  staffByObjectId(oid: string): StaffMember | undefined {
    return this.staffByOid.get(oid.toLowerCase());
  }

  allStaff(): StaffMember[] {
    return [...this.staffById.values()];
  }

  team(id: string): Team | undefined {
    return this.teamsById.get(id);
  }

  teams(): Team[] {
    return [...this.teamsById.values()];
  }

  serviceArea(id: string): ServiceArea | undefined {
    return this.areasById.get(id);
  }

  serviceAreas(): ServiceArea[] {
    return [...this.areasById.values()];
  }

  /** Display name for cards and the tab; staff only, never a child. */
  nameOf(staffId: string | null): string {
    if (staffId === null) return '—';
    return this.staffById.get(staffId)?.displayName ?? 'Former member of staff';
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
    return [...this.staffById.values()].filter((s) => s.active && predicate(s)).map((s) => s.id);
  }
}
