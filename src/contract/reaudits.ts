import type { Reaudit } from '../domain/reaudits/reaudit';
import type { ReauditProgress } from '../domain/reaudits/reaudit-progress';

/** A re-audit, and once allocated the grade before and after and whether it improved. */
export interface ReauditDto {
  readonly record: Reaudit;
  readonly version: string;
  readonly progress: ReauditProgress | null;
}

/** `GET /api/reaudits`: earliest due first; a head of service sees their service's only. */
export interface ReauditListResponse {
  readonly scope: 'service' | 'all';
  readonly items: readonly ReauditDto[];
}
