import { describe, expect, it } from 'vitest';
import type { HomeResponse } from '../../contract/home';
import { currentItem, navFor } from '../app/nav';
import { listsFor, tilesFor } from './use-home';

const counts: HomeResponse['counts'] = {
  allocatedToMe: 3,
  overdueAudits: 1,
  myCases: 0,
  myActions: 2,
  overdueActions: 0,
  teamActions: 4,
  moderationQueue: 0,
  inadequateAlerts: 2,
  closureApprovals: 1,
  verificationQueue: 5,
};
const home: HomeResponse = {
  allocatedToMe: [],
  myCases: [],
  myActions: [],
  teamActions: [],
  moderationQueue: [],
  inadequateAlerts: [],
  closureApprovals: [],
  verificationQueue: [],
  counts,
};

describe('the home page', () => {
  it('shows a team manager their audits, flagging the overdue ones', () => {
    const tiles = tilesFor('TeamManager', counts);
    expect(tiles.map((t) => t.id)).toContain('allocatedToMe');
    expect(tiles.find((t) => t.id === 'overdueAudits')?.attention).toBe(true);
  });
  it('shows a head of service Inadequate alerts and closures first', () => {
    expect(
      listsFor('HeadOfService', home)
        .map((l) => l.id)
        .slice(0, 2),
    ).toEqual(['inadequate', 'closures']);
  });
  it('gives leaders a read-only view', () => {
    expect(navFor('AssistantDirector', 'tenant').map((n) => n.label)).toEqual([
      'Home',
      'Dashboard',
      'Findings reports',
      'Thematic audits and dip samples',
      'QA schedule',
    ]);
  });
  it('offers the activity panel only in local mode', () => {
    expect(navFor('Practitioner', 'local').at(-1)?.label).toBe('Activity');
    expect(navFor('Practitioner', 'tenant').some((n) => n.label === 'Activity')).toBe(false);
  });
  it('marks the workspace of the current route', () => {
    const items = navFor('TeamManager', 'local');
    expect(currentItem(items, '/actions', new URLSearchParams('scope=team'))?.label).toBe(
      "My team's actions",
    );
    expect(currentItem(items, '/', new URLSearchParams())?.label).toBe('Home');
  });
});
