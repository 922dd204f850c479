import type { LearningTheme, ThemeDecisionKind } from '../domain/records/learning-theme';
import type { ThemeKind } from '../domain/themes/confirmed-theme';
import type { Names, ReadFlag } from './common';

/** One theme of the vocabulary, with its version (sent back with an edit). */
export interface LearningThemeDto {
  readonly record: LearningTheme;
  readonly version: string;
  readonly flags: readonly ReadFlag[];
}

/** `GET /api/themes/vocabulary`: every theme, active first, then by kind and label. */
export interface VocabularyResponse {
  readonly items: readonly LearningThemeDto[];
  /** The QA lead adds, edits and deactivates themes. */
  readonly canEdit: boolean;
}

/** `POST /api/themes/vocabulary` and `PUT /api/themes/vocabulary/:id` (with `version`). */
export interface ThemeRequest {
  readonly label: string;
  readonly kind: ThemeKind;
  readonly phrases: readonly string[];
  readonly active: boolean;
}

export interface LearningThemeResponse {
  readonly theme: LearningThemeDto;
}

/** What the QA lead decided about a theme in the cycle. */
export interface ThemeDecisionDto {
  readonly decision: ThemeDecisionKind;
  readonly mergedIntoThemeId: string | null;
  readonly decidedById: string;
  readonly decidedOn: string;
}

/** A suggested theme of a cycle: counts and case numbers only, never the text it was found in. */
export interface CycleThemeDto {
  readonly themeId: string;
  readonly label: string;
  readonly kind: ThemeKind;
  readonly active: boolean;
  readonly audits: number;
  /** Audits by service area id (a head of service: their own service only). */
  readonly byService: Readonly<Record<string, number>>;
  readonly exampleCaseNumbers: readonly string[];
  readonly decision: ThemeDecisionDto | null;
  /** The version to send with a decision: the decision's, or 'new' when none is made yet. */
  readonly version: string;
}

/**
 * `GET /api/cycles/:cycleId/themes`: the vocabulary's themes found in the cycle's submitted
 * audits (and any already decided), most found first, each with its decision.
 */
export interface CycleThemesResponse {
  readonly cycleId: string;
  readonly cycleName: string;
  /** The submitted audits the counts are out of. */
  readonly audits: number;
  /** The service the counts cover, for a head of service; null for the whole service. */
  readonly serviceAreaId: string | null;
  readonly themes: readonly CycleThemeDto[];
  /** Service areas and deciders by id. */
  readonly names: Names;
  /** The QA lead confirms, rejects and merges. */
  readonly canDecide: boolean;
}

export type ThemeDecisionStep = 'confirm' | 'reject' | 'merge';

/** `POST /api/cycles/:cycleId/themes/:themeId/{confirm|reject}`. */
export interface DecideThemeRequest {
  readonly version: string;
}

/** `POST /api/cycles/:cycleId/themes/:themeId/merge`. */
export interface MergeThemeRequest extends DecideThemeRequest {
  readonly mergedIntoThemeId: string;
}
