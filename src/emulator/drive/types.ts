/** The site's one document library ("Documents", served at `/sites/{id}/drive`). */
export interface DriveInfo {
  id: string;
  created: string;
}

/** `@microsoft.graph.conflictBehavior` (https://learn.microsoft.com/en-us/graph/api/driveitem-put-content?view=graph-rest-1.0). */
export type ConflictBehavior = 'fail' | 'replace' | 'rename';
