import { invalid } from '../../domain/errors';
import { financialYear } from '../../domain/reports/schedule-figures';
import { standingGrade } from '../../domain/records/standing-grade';
import { FEEDBACK_SOURCE_LABELS } from '../../domain/records/feedback';
import { fail, ok } from '../../domain/result';
import { csvText, evidencePackZip, type EvidenceFile } from '../../documents';
import { fromModel } from '../queries/from-model';
import { reportLabels } from './report-labels';
import { reportCommand, ZIP, type MadeDocument, type ReportRequest } from './report-command';

/**
 * The Ofsted evidence pack of a financial year (`period` "2026"), one action: the audit
 * register with grades, the moderation log, the actions and their completion and the feedback
 * register (as CSV, references only: case numbers, no text staff typed), with the learning
 * summaries made in the year (findings reports, briefings, the annual report) as saved in the
 * library, in one .zip.
 */
export const makeEvidencePackCommand = reportCommand<ReportRequest>(
  'report.evidencePack',
  'EvidencePack',
  async ({ services, input, now }) => {
    if (!/^\d{4}$/.test(input.period))
      return fail(invalid([{ field: 'year', message: 'must be a year, like 2026' }]));
    const { from, to, text } = financialYear(Number(input.period));
    const cycles = (await fromModel(services, 'cycles'))
      .map((c) => c.record)
      .filter((c) => c.startDate >= from && c.startDate <= to);
    const ids = new Set(cycles.map((c) => c.id));
    const cycleName = new Map(cycles.map((c) => [c.id, c.name]));
    const names = reportLabels(services.directory);
    const person = (id: string | null) => (id === null ? '' : (names.staff[id] ?? id));
    const audits = (await fromModel(services, 'audits')).map((a) => a.record);
    const inYear = audits.filter((a) => ids.has(a.cycleId));
    const caseOf = new Map(audits.map((a) => [a.id, a.caseNumber]));
    const moderations = (await fromModel(services, 'moderations'))
      .map((m) => m.record)
      .filter((m) => ids.has(m.cycleId));
    const moderationOf = new Map(moderations.map((m) => [m.auditId, m]));
    const actions = (await fromModel(services, 'actions'))
      .map((a) => a.record)
      .filter((a) => ids.has(a.cycleId));
    const feedback = (await fromModel(services, 'feedback'))
      .map((f) => f.record)
      .filter((f) => f.receivedOn >= from && f.receivedOn <= to);
    const learning = (await fromModel(services, 'learningReports'))
      .map((r) => r.record)
      .filter(
        (r) =>
          (r.kind !== 'EvidencePack' && r.kind !== 'Trackers' && ids.has(r.period)) ||
          (r.kind === 'AnnualReport' && r.period === input.period),
      );
    const summaries: EvidenceFile[] = await Promise.all(
      learning.map(async (r) => ({
        name: `${cycleName.get(r.period) ?? `Year ${text}`} - ${r.documentName}`.replace(
          /[/\\]/g,
          '-',
        ),
        description: `As saved in the document library, version ${r.documentVersion}.`,
        data: await services.documents.read(r.documentItemId),
      })),
    );
    const zip = await evidencePackZip({
      period: `1 April ${String(Number(input.period))} to 31 March ${String(Number(input.period) + 1)}`,
      generatedOn: now.slice(0, 10),
      files: [
        {
          name: 'Audit register.csv',
          description: "Every audit of the year's cycles, with its grades.",
          data: csvText(
            [
              'Case number',
              'Cycle',
              'Service',
              'Team',
              'Auditor',
              'Moderator',
              'State',
              'Auditor’s grade',
              'Grade standing',
              'Submitted',
            ],
            inYear.map((a) => [
              a.caseNumber,
              cycleName.get(a.cycleId) ?? a.cycleId,
              names.service[a.serviceAreaId] ?? a.serviceAreaId,
              names.team[a.teamId] ?? a.teamId,
              person(a.auditorId),
              person(a.moderatorId),
              a.state,
              a.overallGrade,
              a.state === 'Allocated' || a.state === 'InProgress'
                ? null
                : standingGrade(a, moderationOf.get(a.id) ?? null),
              a.submittedAt?.slice(0, 10) ?? null,
            ]),
          ),
        },
        {
          name: 'Moderation log.csv',
          description: 'Every moderation of the year, agreed or disagreed and the grade.',
          data: csvText(
            [
              'Case number',
              'Cycle',
              'Moderator',
              'State',
              'Auditor’s grade',
              'Moderated grade',
              'Moderated on',
            ],
            moderations.map((m) => [
              caseOf.get(m.auditId) ?? '',
              cycleName.get(m.cycleId) ?? m.cycleId,
              person(m.moderatorId),
              m.state,
              m.auditorGrade,
              m.moderatedGrade,
              m.moderatedAt?.slice(0, 10) ?? null,
            ]),
          ),
        },
        {
          name: 'Actions.csv',
          description: 'Every action of the year and its completion.',
          data: csvText(
            ['Action', 'Case number', 'Owner', 'Due', 'State', 'Completed', 'Verified', 'Closed'],
            actions.map((a) => [
              a.id,
              a.caseNumber,
              person(a.ownerId),
              a.dueDate,
              a.state,
              a.completedAt?.slice(0, 10) ?? null,
              a.verifiedAt?.slice(0, 10) ?? null,
              a.closedAt?.slice(0, 10) ?? null,
            ]),
          ),
        },
        {
          name: 'Feedback register.csv',
          description: 'Feedback received in the year: source, sentiment and where (no text).',
          data: csvText(
            ['Received', 'Source', 'Sentiment', 'Service', 'Team', 'Case number'],
            feedback.map((f) => [
              f.receivedOn,
              FEEDBACK_SOURCE_LABELS[f.source],
              f.sentiment,
              names.service[f.serviceAreaId] ?? f.serviceAreaId,
              f.teamId === null ? null : (names.team[f.teamId] ?? f.teamId),
              f.caseNumber,
            ]),
          ),
        },
        ...summaries,
      ],
    });
    if (!zip.ok) return zip;
    return ok<MadeDocument>({
      folder: [`Annual ${text}`],
      name: `Ofsted evidence pack ${text}.zip`,
      content: zip.value,
      contentType: ZIP,
    });
  },
);
