import type { HomeResponse } from '../../contract/home';
import type { Role } from '../../domain/records/staff';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';
import type { HomeList, Tile } from './home.types';

type TileId = keyof HomeResponse['counts'];

const TILE: Record<TileId, { label: string; href: string; attention: boolean }> = {
  allocatedToMe: {
    label: 'Audits allocated to me',
    href: '#/audits?scope=allocatedToMe',
    attention: false,
  },
  overdueAudits: { label: 'Audits overdue', href: '#/audits?scope=allocatedToMe', attention: true },
  myCases: { label: 'Audits of my cases', href: '#/audits?scope=myCases', attention: false },
  myActions: { label: 'My actions', href: '#/actions?scope=mine', attention: false },
  overdueActions: { label: 'My actions overdue', href: '#/actions?scope=mine', attention: true },
  teamActions: { label: "My team's actions", href: '#/actions?scope=team', attention: false },
  moderationQueue: { label: 'Awaiting my moderation', href: '#/moderation', attention: false },
  inadequateAlerts: { label: 'Inadequate alerts', href: '#/service', attention: true },
  closureApprovals: { label: 'Closures to approve', href: '#/service', attention: false },
  verificationQueue: {
    label: 'Actions to verify',
    href: '#/actions?scope=all&state=Completed',
    attention: false,
  },
};

const TILES_BY_ROLE: Record<Role, readonly TileId[]> = {
  Practitioner: ['myCases', 'myActions', 'overdueActions'],
  TeamManager: ['allocatedToMe', 'overdueAudits', 'teamActions', 'myActions', 'myCases'],
  HeadOfService: ['inadequateAlerts', 'closureApprovals', 'moderationQueue', 'allocatedToMe'],
  PrincipalSocialWorker: ['moderationQueue', 'inadequateAlerts'],
  QALead: ['verificationQueue', 'moderationQueue', 'inadequateAlerts'],
  AssistantDirector: ['inadequateAlerts'],
  Director: ['inadequateAlerts'],
};

/** Tiles for the role; for the HOS and leaders, inadequate alerts link to their own view. */
export const tilesFor = (role: Role, counts: HomeResponse['counts']): Tile[] =>
  TILES_BY_ROLE[role].map((id) => ({
    id,
    ...TILE[id],
    href:
      id === 'inadequateAlerts' && role !== 'HeadOfService'
        ? '#/audits?scope=all&state=Submitted'
        : TILE[id].href,
    count: counts[id],
    attention: TILE[id].attention && counts[id] > 0,
  }));

const audits = (
  id: string,
  title: string,
  items: HomeList['audits'],
  moreHref: string,
  emptyText: string,
): HomeList => ({
  id,
  title,
  kind: 'audits',
  audits: items,
  actions: [],
  moreHref,
  emptyText,
});
const actions = (
  id: string,
  title: string,
  items: HomeList['actions'],
  moreHref: string,
  emptyText: string,
): HomeList => ({
  id,
  title,
  kind: 'actions',
  audits: [],
  actions: items,
  moreHref,
  emptyText,
});

/** The lists shown for the role, only those that apply. */
export const listsFor = (role: Role, home: HomeResponse): HomeList[] => {
  const all = {
    inadequate: audits(
      'inadequate',
      'Inadequate alerts needing attention',
      home.inadequateAlerts,
      '#/service',
      'No Inadequate audits need attention.',
    ),
    closures: actions(
      'closures',
      'Closures awaiting your approval',
      home.closureApprovals,
      '#/service',
      'No closures await approval.',
    ),
    allocated: audits(
      'allocated',
      'Audits allocated to me',
      home.allocatedToMe,
      '#/audits?scope=allocatedToMe',
      'No audits are allocated to you.',
    ),
    myCases: audits(
      'myCases',
      'Audits of my cases',
      home.myCases,
      '#/audits?scope=myCases',
      'None of your cases is being audited.',
    ),
    myActions: actions(
      'myActions',
      'My actions',
      home.myActions,
      '#/actions?scope=mine',
      'You have no open actions.',
    ),
    teamActions: actions(
      'teamActions',
      "My team's actions",
      home.teamActions,
      '#/actions?scope=team',
      'Your team has no open actions.',
    ),
    moderation: audits(
      'moderation',
      'Awaiting my moderation',
      home.moderationQueue,
      '#/moderation',
      'Nothing awaits your moderation.',
    ),
    verify: actions(
      'verify',
      'Completed actions to verify',
      home.verificationQueue,
      '#/actions?scope=all&state=Completed',
      'No actions await verification.',
    ),
  };
  const ids: Record<Role, readonly (keyof typeof all)[]> = {
    Practitioner: ['myCases', 'myActions'],
    TeamManager: ['allocated', 'teamActions', 'myActions'],
    HeadOfService: ['inadequate', 'closures', 'moderation', 'allocated'],
    PrincipalSocialWorker: ['moderation', 'inadequate'],
    QALead: ['verify', 'moderation', 'inadequate'],
    AssistantDirector: ['inadequate'],
    Director: ['inadequate'],
  };
  return ids[role].map((id) => all[id]);
};

export function useHome() {
  const { api, me } = useSession();
  const home = useResource(() => api.home(), 'home');
  return { me, home };
}
