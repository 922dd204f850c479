import type { Role } from '../domain/records/staff';

/** `GET /api/organisation`. */
export interface OrganisationResponse {
  readonly serviceAreas: readonly { readonly id: string; readonly name: string }[];
  readonly teams: readonly {
    readonly id: string;
    readonly name: string;
    readonly serviceAreaId: string;
  }[];
}

/** `GET /api/staff?role=` — for pickers: active staff only. */
export interface StaffQuery {
  readonly role?: Role;
}

export interface StaffPickerEntry {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly teamId: string | null;
  /** The team's name, for a picker to show beside the person's role; null without a team. */
  readonly teamName: string | null;
  readonly serviceAreaId: string | null;
}

export interface StaffResponse {
  readonly items: readonly StaffPickerEntry[];
}
