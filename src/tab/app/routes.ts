import type { ComponentType } from 'react';
import { lazy } from 'react';
import HomePage from '../home/HomePage';
import type { PageProps } from './page-props';

export interface RouteDef {
  readonly pattern: string;
  readonly page: ComponentType<PageProps>;
}

/**
 * The home page, where the tab opens (Teams opens its base URL), is part of the first chunk:
 * it renders with the shell, with no second round of chunks. Every other page is its own chunk
 * (React.lazy), loaded when first visited.
 */
export const ROUTES: readonly RouteDef[] = [
  { pattern: '/', page: HomePage },
  { pattern: '/audits', page: lazy(() => import('../audits/AuditListPage')) },
  { pattern: '/audits/:id', page: lazy(() => import('../audits/AuditPage')) },
  { pattern: '/actions', page: lazy(() => import('../actions/ActionListPage')) },
  { pattern: '/actions/:id', page: lazy(() => import('../actions/ActionPage')) },
  { pattern: '/moderation', page: lazy(() => import('../moderation/ModerationPage')) },
  { pattern: '/moderation/:id', page: lazy(() => import('../moderation/ModeratePage')) },
  { pattern: '/service', page: lazy(() => import('../service/ServicePage')) },
  { pattern: '/cycles', page: lazy(() => import('../cycles/CyclesPage')) },
  { pattern: '/cycles/:id', page: lazy(() => import('../cycles/CyclePage')) },
  { pattern: '/schedule', page: lazy(() => import('../schedule/SchedulePage')) },
  { pattern: '/schedule/:id', page: lazy(() => import('../schedule/ScheduleActivityPage')) },
  { pattern: '/reviews', page: lazy(() => import('../reviews/ReviewsPage')) },
  { pattern: '/reviews/:id', page: lazy(() => import('../reviews/ReviewPage')) },
  { pattern: '/themes', page: lazy(() => import('../themes/ThemesPage')) },
  { pattern: '/themes/:cycleId', page: lazy(() => import('../themes/ThemesPage')) },
  { pattern: '/lists-health', page: lazy(() => import('../lists-health/ListsHealthPage')) },
  { pattern: '/register', page: lazy(() => import('../register/RegisterImportPage')) },
  { pattern: '/dashboard', page: lazy(() => import('../dashboard/DashboardPage')) },
  { pattern: '/reports', page: lazy(() => import('../reports/ReportsPage')) },
  { pattern: '/reports/:cycleId', page: lazy(() => import('../reports/ReportsPage')) },
  { pattern: '/briefings', page: lazy(() => import('../reports/BriefingsPage')) },
  { pattern: '/annual', page: lazy(() => import('../reports/AnnualPage')) },
  { pattern: '/annual/:year', page: lazy(() => import('../reports/AnnualPage')) },
  {
    pattern: '/reports/:cycleId/briefing',
    page: lazy(() => import('../reports/BriefingPage')),
  },
  { pattern: '/feedback', page: lazy(() => import('../feedback/FeedbackPage')) },
  { pattern: '/observations', page: lazy(() => import('../observations/ObservationsPage')) },
  { pattern: '/activity', page: lazy(() => import('../activity/ActivityPage')) },
  {
    pattern: '/my-audit-quality',
    page: lazy(() => import('../audit-quality/MyAuditQualityPage')),
  },
];
