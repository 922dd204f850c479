import type { ReportFigures } from '../../domain/reports';
import type { FeedbackSource } from '../../domain/records/feedback';
import { SENTIMENTS } from '../../domain/records/feedback';
import type { Block } from '../word/blocks';
import { figure, heading, para } from '../word/blocks';
import { table } from '../word/table';

const SOURCE: Readonly<Record<FeedbackSource, string>> = {
  ChildYoungPerson: 'Children and young people',
  ParentCarer: 'Parents and carers',
  Professional: 'Professionals',
  Practitioner: 'Practitioners',
  Compliment: 'Compliments',
  Complaint: 'Complaints',
  Participation: 'Participation team',
};

/** Feedback by source and sentiment, and the voices the audits heard: counts, never what was said. */
export const feedbackSection = ({ feedback: fb }: ReportFigures): Block[] => [
  heading('Feedback'),
  heading('Feedback register', 2),
  fb.register.length === 0
    ? para('No feedback recorded in the register for the period.')
    : table(
        ['Source', 'Entries', ...SENTIMENTS],
        fb.register.map((s) => [
          SOURCE[s.source],
          `${s.total}`,
          ...SENTIMENTS.map((x) => `${s.sentiments[x]}`),
        ]),
      ),
  heading('Feedback gathered in the audits', 2),
  figure('Completed audits', `${fb.submittedAudits}`),
  table(
    ['Feedback from', 'Audits that recorded it'],
    [
      ['The child or young person', `${fb.inAudits.childYoungPerson}`],
      ['Parents and carers', `${fb.inAudits.parentsCarers}`],
      ['Professionals', `${fb.inAudits.professionals}`],
      ['The allocated worker', `${fb.inAudits.worker}`],
    ],
  ),
];
