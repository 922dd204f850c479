import type { ActionDto, AuditDto } from '../../contract/audits';

export interface Tile {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly href: string;
  /** Counts that need someone's attention (overdue, Inadequate) are marked. */
  readonly attention: boolean;
}

export interface HomeList {
  readonly id: string;
  readonly title: string;
  readonly kind: 'audits' | 'actions';
  readonly audits: readonly AuditDto[];
  readonly actions: readonly ActionDto[];
  readonly moreHref: string;
  readonly emptyText: string;
}
