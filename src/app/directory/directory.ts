import type { ListMirror, Store } from '../../domain/ports';
import type { Actor, ServiceArea, StaffMember, Team } from '../../domain/records';
import { actorOf } from '../../domain/records/actor';
import { isActiveStaff } from '../../domain/records/staff';

export interface DirectoryOptions {
  /** How stale the organisation may be when someone acts: a Staff list edit counts within this. */
  readonly maxAgeMs?: number;
  /** Milliseconds since the epoch (the services' clock). */
  readonly now?: () => number;
}

/** Who is asking, as the Staff list says now: only active members of staff are returned. */
export interface Member {
  readonly staff: StaffMember;
  readonly actor: Actor;
}

/** A Staff list edit made in SharePoint (a demotion, a deactivation) counts within a minute. */
export const DIRECTORY_MAX_AGE_MS = 60_000;

/**
 * The organisation in memory: staff, teams and service areas, a few hundred rows read once and
 * then kept current from the lists' changes (Graph item delta: one request, and only the rows
 * that changed). Every request resolves its caller here, so it costs no Graph call; `member`
 * first catches up when the copy is older than `maxAgeMs`, so a change to the Staff list — made
 * by the QA lead in SharePoint — counts everywhere within that time.
 */
export class Directory {
  private staffById = new Map<string, StaffMember>();
  private staffByOid = new Map<string, StaffMember>();
  private teamsById = new Map<string, Team>();
  private areasById = new Map<string, ServiceArea>();
  private readonly mirrors: {
    staff: ListMirror<StaffMember>;
    teams: ListMirror<Team>;
    areas: ListMirror<ServiceArea>;
  };
  private syncedAt = Number.NEGATIVE_INFINITY;
  private syncing: Promise<void> | null = null;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(store: Store, options: DirectoryOptions = {}) {
    this.mirrors = {
      staff: store.mirror('staff'),
      teams: store.mirror('teams'),
      areas: store.mirror('serviceAreas'),
    };
    this.maxAgeMs = options.maxAgeMs ?? DIRECTORY_MAX_AGE_MS;
    this.now = options.now ?? Date.now;
  }

  /** Catches up with the lists' changes now (one delta request each; one at a time). */
  refresh(): Promise<void> {
    this.syncing ??= this.sync().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  /** Catches up only if the copy is older than `maxAgeMs`. */
  async fresh(): Promise<this> {
    if (this.now() - this.syncedAt > this.maxAgeMs) await this.refresh();
    return this;
  }

  /** The active member of staff with this Entra object id, as the Staff list says now. */
  async member(oid: string): Promise<Member | null> {
    await this.fresh();
    const staff = this.staffByObjectId(oid);
    return isActiveStaff(staff) ? { staff, actor: actorOf(staff) } : null;
  }

  staff(id: string): StaffMember | undefined {
    return this.staffById.get(id);
  }

  /** An active member of staff by id, or undefined. */
  activeStaff(id: string | null | undefined): StaffMember | undefined {
    const staff = id === null || id === undefined ? undefined : this.staffById.get(id);
    return isActiveStaff(staff) ? staff : undefined;
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
    return [...this.staffById.values()]
      .filter((s) => isActiveStaff(s) && predicate(s))
      .map((s) => s.id);
  }

  private async sync(): Promise<void> {
    const startedAt = this.now();
    const [staff, teams, areas] = await Promise.all([
      this.mirrors.staff.refresh(),
      this.mirrors.teams.refresh(),
      this.mirrors.areas.refresh(),
    ]);
    const moved = (r: { changed: number; removed: number; resynced: boolean }) =>
      r.changed + r.removed > 0 || r.resynced;
    if (moved(staff)) {
      const rows = this.mirrors.staff.records().map((v) => v.record);
      this.staffById = new Map(rows.map((s) => [s.id, s]));
      this.staffByOid = new Map(rows.map((s) => [s.aadObjectId.toLowerCase(), s]));
    }
    if (moved(teams)) {
      this.teamsById = new Map(this.mirrors.teams.records().map((v) => [v.record.id, v.record]));
    }
    if (moved(areas)) {
      this.areasById = new Map(this.mirrors.areas.records().map((v) => [v.record.id, v.record]));
    }
    this.syncedAt = startedAt;
  }
}
