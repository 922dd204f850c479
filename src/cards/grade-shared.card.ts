import type { Grade } from '../domain/records';
import type { AdaptiveCard, NotificationPreview } from './card-types';
import { card, fact, facts, openUrl, paragraph, previewOf } from './elements';
import { formatDate } from './format';

export interface GradeSharedModel {
  readonly kind: 'grade-shared';
  readonly auditId: string;
  readonly cycleLabel: string;
  readonly caseNumber: string;
  readonly grade: Grade;
  readonly auditorName: string;
  /** ISO date the auditor shared the grade. */
  readonly sharedOn: string;
  readonly openUrl: string;
}

export const gradeSharedPreview = (_model: GradeSharedModel): NotificationPreview =>
  previewOf('Feedback from an audit is ready for you');

export const buildGradeSharedCard = (model: GradeSharedModel): AdaptiveCard =>
  card({
    preview: gradeSharedPreview(model),
    body: [
      paragraph(
        `${model.auditorName} has shared the outcome of the audit of case ${model.caseNumber} with you. Open the audit to read the rationale, the strengths found and the actions agreed, and to add your own feedback.`,
      ),
      facts(
        fact('Case number', model.caseNumber),
        fact('Cycle', model.cycleLabel),
        fact('Overall grade', model.grade),
        fact('Shared on', formatDate(model.sharedOn)),
      ),
    ],
    actions: [openUrl('Open audit', model.openUrl)],
  });
