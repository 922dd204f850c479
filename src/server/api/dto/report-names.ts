import type { Names } from '../../../contract/common';
import type { Directory } from '../../../app/directory/directory';
import type { ReportFigures } from '../../../domain/reports/report-figures';
import { namesOf } from './names';

/** The names of every service, team and member of staff a report's figures refer to. */
export const reportNames = (directory: Directory, figures: ReportFigures): Names =>
  namesOf(
    directory,
    [
      ...figures.moderation.drift.map((d) => d.auditorId),
      ...figures.load.auditors.map((a) => a.staffId),
      ...figures.load.moderators.map((m) => m.staffId),
      ...figures.actions.byOwner.map((o) => o.ownerId),
    ],
    {
      teamIds: [
        ...figures.byTeam.map((t) => t.key),
        ...figures.inadequateCases.map((c) => c.teamId),
      ],
      serviceAreaIds: [
        ...figures.byService.map((s) => s.key),
        ...figures.inadequateCases.map((c) => c.serviceAreaId),
      ],
    },
  );
