import type { Role } from '../../domain/records/staff';
import type { Mode } from '../../contract/identity';

export interface NavItem {
  readonly href: string;
  readonly label: string;
}

const HOME: NavItem = { href: '#/', label: 'Home' };
const DASHBOARD: NavItem = { href: '#/dashboard', label: 'Dashboard' };
const REPORTS: NavItem = { href: '#/reports', label: 'Findings reports' };
const MODERATION: NavItem = { href: '#/moderation', label: 'Moderation' };
const FEEDBACK: NavItem = { href: '#/feedback', label: 'Feedback register' };
const OBSERVATIONS: NavItem = { href: '#/observations', label: 'Observations of practice' };
const REVIEWS: NavItem = { href: '#/reviews', label: 'Thematic audits and dip samples' };
const BRIEFINGS: NavItem = { href: '#/briefings', label: 'Seven-minute briefings' };
const MY_AUDIT_QUALITY: NavItem = { href: '#/my-audit-quality', label: 'My audit quality' };
const SHARED_DIP_SAMPLES: NavItem = { href: '#/reviews', label: 'Dip sample findings' };

const BY_ROLE: Record<Role, readonly NavItem[]> = {
  Practitioner: [
    HOME,
    { href: '#/audits?scope=myCases', label: 'Audits of my cases' },
    { href: '#/actions?scope=mine', label: 'My actions' },
    SHARED_DIP_SAMPLES,
  ],
  TeamManager: [
    HOME,
    { href: '#/audits?scope=allocatedToMe', label: 'Audits allocated to me' },
    MY_AUDIT_QUALITY,
    { href: '#/actions?scope=team', label: "My team's actions" },
    BRIEFINGS,
    { href: '#/audits?scope=team', label: "My team's grades" },
    OBSERVATIONS,
    FEEDBACK,
    SHARED_DIP_SAMPLES,
  ],
  HeadOfService: [
    HOME,
    { href: '#/service', label: 'My service' },
    MODERATION,
    { href: '#/actions?scope=service', label: 'Service actions' },
    DASHBOARD,
    OBSERVATIONS,
    FEEDBACK,
  ],
  PrincipalSocialWorker: [HOME, MODERATION, DASHBOARD, REPORTS, REVIEWS, OBSERVATIONS, FEEDBACK],
  QALead: [
    HOME,
    { href: '#/cycles', label: 'Cycles and allocation' },
    { href: '#/register', label: 'Case register' },
    { href: '#/actions?scope=all', label: 'Actions tracker' },
    MODERATION,
    { href: '#/schedule', label: 'QA schedule' },
    REVIEWS,
    { href: '#/themes', label: 'Learning themes' },
    { href: '#/lists-health', label: "Lists' health" },
    DASHBOARD,
    REPORTS,
    OBSERVATIONS,
    FEEDBACK,
  ],
  AssistantDirector: [
    HOME,
    DASHBOARD,
    REPORTS,
    REVIEWS,
    { href: '#/schedule', label: 'QA schedule' },
  ],
  Director: [HOME, DASHBOARD, REPORTS, REVIEWS, { href: '#/schedule', label: 'QA schedule' }],
};

/** The workspaces a role sees; the activity panel is for local mode (in Teams, chat has them). */
export const navFor = (role: Role, mode: Mode): readonly NavItem[] => [
  ...BY_ROLE[role],
  ...(mode === 'local' ? [{ href: '#/activity', label: 'Activity' }] : []),
];

/** The nav item for the current route: the longest href whose path starts the current path. */
export const currentItem = (items: readonly NavItem[], path: string, query: URLSearchParams) => {
  const scope = query.get('scope');
  const scored = items.map((item) => {
    const [itemPath = '', itemQuery = ''] = item.href.slice(1).split('?');
    const itemScope = new URLSearchParams(itemQuery).get('scope');
    const pathMatches =
      itemPath === '/' ? path === '/' : path === itemPath || path.startsWith(`${itemPath}/`);
    const scopeMatches = itemScope === null || itemScope === scope;
    return {
      item,
      score: pathMatches && scopeMatches ? itemPath.length + (itemScope ? 1 : 0) : -1,
    };
  });
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a), { item: HOME, score: -1 });
  return best.score < 0 ? null : best.item;
};
