import type { Names } from '../../../contract/common';
import type { Directory } from '../../../app/directory/directory';

/** Display names of the staff, teams and service areas a record refers to, by id. */
export function namesOf(
  directory: Directory,
  staffIds: readonly (string | null | undefined)[],
  places: {
    teamIds?: readonly (string | null)[];
    serviceAreaIds?: readonly (string | null)[];
  } = {},
): Names {
  const names: Record<string, string> = {};
  for (const id of staffIds) {
    if (typeof id === 'string' && id !== '' && id !== 'system') names[id] = directory.nameOf(id);
  }
  for (const id of places.teamIds ?? []) {
    const team = id === null ? undefined : directory.team(id);
    if (team !== undefined) names[team.id] = team.name;
  }
  for (const id of places.serviceAreaIds ?? []) {
    const area = id === null ? undefined : directory.serviceArea(id);
    if (area !== undefined) names[area.id] = area.name;
  }
  return names;
}

/** Several name maps as one. */
export const mergeNames = (...maps: readonly Names[]): Names => Object.assign({}, ...maps) as Names;
