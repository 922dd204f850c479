/**
 * A synthetic thematic audit (completed by the QA lead) and a dip sample (a head of service's,
 * shared with their service), made by running the real review steps over the demo register:
 * case numbers only, never anything about a child.
 */
import { actorOf, type Case, type Review, type StaffMember } from '../domain/records';
import type { Result } from '../domain/result';
import {
  answerCase,
  completeReview,
  designReview,
  drawReview,
  shareReview,
  startReview,
  type DesignInput,
} from '../domain/reviews';
import type { Team } from '../domain/records';

const must = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`demo review: ${result.error.message}`);
  return result.value;
};

const THEMATIC: DesignInput = {
  theme: 'Neglect: is the chronology used to see cumulative harm?',
  questions: [
    { text: 'Is there an up-to-date chronology on file?', area: 'chronology', answerType: 'YesNo' },
    {
      text: 'How well does the plan address the pattern of neglect? (1 poor – 4 strong)',
      area: 'planning',
      answerType: 'Scale',
    },
    { text: 'Grade for the use of chronology', area: 'chronology', answerType: 'Grade' },
    { text: 'What one change would help most?', area: null, answerType: 'Text' },
  ],
  filter: { serviceAreaIds: [], teamIds: [], cohorts: ['ChildProtection', 'ChildInNeed'] },
  sampleSize: 4,
};

const DIP: DesignInput = {
  theme: 'Visits within timescale',
  questions: [
    { text: 'Was the child seen within timescale?', area: 'childsVoice', answerType: 'YesNo' },
    {
      text: 'Is the child’s view recorded in their words?',
      area: 'childsVoice',
      answerType: 'YesNo',
    },
  ],
  filter: { serviceAreaIds: [], teamIds: [], cohorts: [] },
  sampleSize: 3,
};

export const buildReviews = (
  staff: readonly StaffMember[],
  teams: readonly Team[],
  cases: readonly Case[],
  today: string,
): Review[] => {
  const qa = staff.find((s) => s.role === 'QALead' && s.active);
  const hos = staff.find((s) => s.role === 'HeadOfService' && s.active && s.serviceAreaId !== null);
  if (qa === undefined || hos?.serviceAreaId == null) return [];
  const org = {
    serviceOfTeam: (id: string) => teams.find((t) => t.id === id)?.serviceAreaId,
    serviceExists: (id: string) => teams.some((t) => t.serviceAreaId === id),
  };
  const at = (hour: number) => `${today}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const QA = actorOf(qa);
  const HOS = actorOf(hos);

  const start = must(
    startReview(QA, {
      id: 'REV-DEMO-1',
      kind: 'ThematicAudit',
      theme: THEMATIC.theme,
      serviceAreaId: null,
      serviceKnown: true,
      now: at(8),
    }),
  );
  let thematic = must(
    drawReview(must(designReview(start, QA, THEMATIC, org)), QA, { seed: 1301, cases, now: at(8) }),
  );
  thematic.sample.forEach((caseNumber, i) => {
    const answers = {
      Q1: i % 3 === 0 ? 'No' : 'Yes',
      Q2: String(2 + (i % 3)),
      Q3: i % 2 === 0 ? 'Good' : 'Requires improvement to be good',
      Q4: 'Review the chronology at each supervision.',
    };
    thematic = must(answerCase(thematic, QA, { caseNumber, answers, now: at(9) }));
  });
  thematic = must(
    completeReview(thematic, QA, {
      findings:
        'Most sampled cases had a current chronology, but few used it to show the pattern of neglect over time.',
      learning: 'A chronology helps when it is read for patterns, not only kept up to date.',
      recommendations:
        'Team managers ask at each supervision what the chronology shows; the PSW runs a practice session on cumulative harm.',
      now: at(10),
    }),
  );

  const dipStart = must(
    startReview(HOS, {
      id: 'REV-DEMO-2',
      kind: 'DipSample',
      theme: DIP.theme,
      serviceAreaId: hos.serviceAreaId,
      serviceKnown: true,
      now: at(8),
    }),
  );
  let dip = must(
    drawReview(must(designReview(dipStart, HOS, DIP, org)), HOS, { seed: 2207, cases, now: at(8) }),
  );
  dip.sample.forEach((caseNumber, i) => {
    dip = must(
      answerCase(dip, HOS, {
        caseNumber,
        answers: { Q1: 'Yes', Q2: i === 0 ? 'No' : 'Yes' },
        now: at(9),
      }),
    );
  });
  dip = must(
    completeReview(dip, HOS, {
      findings:
        'Every sampled child was seen within timescale; one record did not give the child’s view in their own words.',
      learning: 'Recording the child’s own words makes their voice visible to the next reader.',
      recommendations:
        'Practitioners quote the child where they can; team managers check this in supervision.',
      now: at(10),
    }),
  );
  return [thematic, must(shareReview(dip, HOS, at(11)))];
};
