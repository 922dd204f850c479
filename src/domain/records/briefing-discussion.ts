import type { Area } from './grade';

/**
 * A team's record that it discussed a cycle's seven-minute briefing, the area of practice it
 * will work on, and how it will use the briefing (the team manager's words, kept on the list and
 * shown in the tab, never in a card). One per cycle and team: recording again replaces it.
 */
export interface BriefingDiscussion {
  /** `{cycleId}|{teamId}`. */
  readonly id: string;
  readonly cycleId: string;
  readonly teamId: string;
  readonly serviceAreaId: string;
  /** ISO date. */
  readonly discussedOn: string;
  readonly area: Area;
  readonly use: string;
  readonly recordedById: string;
  /** ISO timestamp. */
  readonly recordedAt: string;
}

export const briefingDiscussionId = (cycleId: string, teamId: string): string =>
  `${cycleId}|${teamId}`;
