/** The feedback register, observations of practice (mostly practice week) and the QA schedule. */
import { addDays } from '../domain/lifecycle';
import { shuffle } from '../domain/random';
import type {
  FeedbackEntry,
  FeedbackSource,
  Observation,
  ObservationSetting,
  Sentiment,
  StaffMember,
} from '../domain/records';
import { FEEDBACK_SOURCES, SENTIMENTS } from '../domain/records';
import { bandOf } from './audit-phrases';
import { drawGrade } from './audit-content';
import { mondayOnOrBefore, workingDayFrom } from './dates';
import type { RegisterContext } from './register-context';
import { FEEDBACK_SUMMARIES, OBSERVATION_TEXT } from './register-phrases';
import { between, chance, pick, quotas, weighted } from './pick';

const AUDIT_SOURCES: readonly FeedbackSource[] = [
  'ChildYoungPerson',
  'ParentCarer',
  'Professional',
  'Practitioner',
];

const pastDate = (ctx: RegisterContext, maxDaysAgo: number): string =>
  addDays(ctx.today, -between(ctx.rng, 1, maxDaysAgo));

const feedbackEntry = (
  ctx: RegisterContext,
  index: number,
  source: FeedbackSource,
  sentiment: Sentiment,
): FeedbackEntry => {
  const { rng, dir } = ctx;
  const base = {
    id: `FB-${String(index + 1).padStart(4, '0')}`,
    source,
    sentiment,
    summary: pick(rng, FEEDBACK_SUMMARIES[source][sentiment]),
  };
  const { submitted } = ctx;
  if (AUDIT_SOURCES.includes(source) && submitted.length > 0 && chance(rng, 0.6)) {
    const audit = pick(rng, submitted);
    return {
      ...base,
      receivedOn: (audit.submittedAt ?? ctx.today).slice(0, 10),
      serviceAreaId: audit.serviceAreaId,
      teamId: audit.teamId,
      caseNumber: audit.caseNumber,
      auditId: audit.id,
      recordedById: audit.auditorId,
    };
  }
  if (source === 'Participation') {
    const hos = pick(rng, dir.withRole('HeadOfService'));
    return {
      ...base,
      receivedOn: pastDate(ctx, ctx.historyDays),
      serviceAreaId: hos.serviceAreaId ?? '',
      teamId: null,
      caseNumber: null,
      auditId: null,
      recordedById: dir.qaLead().id,
    };
  }
  const c = pick(rng, ctx.openCases);
  const withCase = source !== 'Practitioner' && chance(rng, 0.7);
  return {
    ...base,
    receivedOn: pastDate(ctx, ctx.historyDays),
    serviceAreaId: c.serviceAreaId,
    teamId: c.teamId,
    caseNumber: withCase ? c.caseNumber : null,
    auditId: null,
    recordedById:
      source === 'Complaint' || source === 'Compliment'
        ? dir.headOfService(c.serviceAreaId).id
        : dir.qaLead().id,
  };
};

/** Every source with every sentiment at least once, then a realistic mix. */
export const buildFeedback = (ctx: RegisterContext, count: number): FeedbackEntry[] => {
  const combos = FEEDBACK_SOURCES.flatMap((source) =>
    SENTIMENTS.map((sentiment) => ({ source, sentiment })),
  );
  return Array.from({ length: Math.max(count, combos.length) }, (_, i) => {
    const combo = combos[i] ?? {
      source: pick(ctx.rng, FEEDBACK_SOURCES),
      sentiment: weighted<Sentiment>(ctx.rng, { Positive: 50, Mixed: 30, Negative: 20 }),
    };
    return feedbackEntry(ctx, i, combo.source, combo.sentiment);
  });
};

const observation = (
  ctx: RegisterContext,
  index: number,
  setting: ObservationSetting,
): Observation => {
  const { rng, dir } = ctx;
  const grade = drawGrade(rng);
  const band = bandOf(grade);
  const text = {
    grade,
    strengths: pick(rng, OBSERVATION_TEXT.strengths[band]),
    development: pick(rng, OBSERVATION_TEXT.development[band]),
    learning: pick(rng, OBSERVATION_TEXT.learning[band]),
  };
  const id = `OBS-${String(index + 1).padStart(4, '0')}`;
  const { observed } = ctx;
  if (setting === 'CaseFileAudit' && observed.length > 0) {
    const audit = pick(rng, observed);
    return {
      id,
      setting,
      observedOn: audit.meetingDate ?? ctx.today,
      observerId: audit.auditorId,
      practitionerId: audit.workerId,
      teamId: audit.teamId,
      serviceAreaId: audit.serviceAreaId,
      caseNumber: audit.caseNumber,
      ...text,
    };
  }
  const practitioner: StaffMember = pick(rng, dir.withRole('Practitioner'));
  const teamId = practitioner.teamId ?? '';
  const serviceAreaId = practitioner.serviceAreaId ?? '';
  const own = ctx.openCasesOf.get(practitioner.id) ?? [];
  const caseNumber = own.length > 0 && chance(rng, 0.7) ? pick(rng, own).caseNumber : null;
  if (setting === 'Supervision') {
    const tm = dir.withRole('TeamManager').find((s) => s.teamId === teamId);
    return {
      id,
      setting,
      observedOn: workingDayFrom(pastDate(ctx, Math.max(120, ctx.historyDays - 60))),
      observerId: tm?.id ?? dir.headOfService(serviceAreaId).id,
      practitionerId: practitioner.id,
      teamId,
      serviceAreaId,
      caseNumber: null,
      ...text,
    };
  }
  // Practice week, six-monthly: the latest a few weeks ago, then every six months before it.
  const latest = mondayOnOrBefore(addDays(ctx.today, -20));
  const earlier = Math.max(1, Math.floor(ctx.historyDays / 182));
  const week = addDays(latest, chance(rng, 0.6) ? 0 : -182 * between(rng, 1, earlier));
  const psw = dir.withRole('PrincipalSocialWorker').at(0);
  return {
    id,
    setting: 'PracticeWeek',
    observedOn: addDays(week, between(rng, 0, 4)),
    observerId:
      psw !== undefined && chance(rng, 0.2) ? psw.id : dir.headOfService(serviceAreaId).id,
    practitionerId: practitioner.id,
    teamId,
    serviceAreaId,
    caseNumber,
    ...text,
  };
};

/** Observations in a fixed mix of settings (mostly practice week), in a seeded order. */
export const buildObservations = (ctx: RegisterContext, count: number): Observation[] => {
  const mix = quotas<ObservationSetting>(count, {
    PracticeWeek: 60,
    CaseFileAudit: 20,
    Supervision: 20,
  });
  const settings = shuffle(
    [...mix.entries()].flatMap(([setting, n]) => Array.from({ length: n }, () => setting)),
    ctx.rng,
  );
  return settings.map((setting, i) => observation(ctx, i, setting));
};
