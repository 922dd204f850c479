import type { FieldIssue } from '../errors';
import { GRADES } from '../records/grade';
import type { ReviewQuestion } from '../records/review';

/** The longest short-text answer; with the limits below a review stays within one note column. */
export const TEXT_ANSWER_MAX = 300;
export const QUESTIONS_MAX = 20;
export const SAMPLE_SIZE_MAX = 40;
/** The stored answers (JSON) stay under this many characters: one SharePoint note column. */
export const ANSWERS_CHARACTERS_MAX = 60_000;

export const SCALE_VALUES = ['1', '2', '3', '4'] as const;
export const YES_NO_VALUES = ['Yes', 'No'] as const;

/** Why one answer cannot be taken, or null: each type has its own values. */
const answerIssue = (question: ReviewQuestion, value: string | undefined): string | null => {
  const answer = value?.trim() ?? '';
  if (answer === '') return 'is required';
  switch (question.answerType) {
    case 'YesNo':
      return (YES_NO_VALUES as readonly string[]).includes(answer) ? null : 'must be Yes or No';
    case 'Scale':
      return (SCALE_VALUES as readonly string[]).includes(answer)
        ? null
        : 'must be 1, 2, 3 or 4 on the scale';
    case 'Grade':
      return (GRADES as readonly string[]).includes(answer) ? null : 'must be an Ofsted grade';
    case 'Text':
      return answer.length <= TEXT_ANSWER_MAX
        ? null
        : `must be ${String(TEXT_ANSWER_MAX)} characters or fewer`;
  }
};

/** Every question answered with a value of its type; answers to no question are refused. */
export const answerIssues = (
  questions: readonly ReviewQuestion[],
  answers: Readonly<Record<string, string>>,
): FieldIssue[] => {
  const issues: FieldIssue[] = questions.flatMap((q, i) => {
    const message = answerIssue(q, answers[q.id]);
    return message === null ? [] : [{ field: `questions.${String(i)}.answer`, message }];
  });
  for (const id of Object.keys(answers)) {
    if (!questions.some((q) => q.id === id)) {
      issues.push({ field: 'answers', message: `answer ${id} is to no question of this review` });
    }
  }
  return issues;
};

/** The answers trimmed, in question order. */
export const cleanAnswers = (
  questions: readonly ReviewQuestion[],
  answers: Readonly<Record<string, string>>,
): Record<string, string> =>
  Object.fromEntries(questions.map((q) => [q.id, (answers[q.id] ?? '').trim()]));

/** For each question, how many sampled cases gave each answer (short texts are not counted). */
export const tallyAnswers = (
  questions: readonly ReviewQuestion[],
  answered: readonly { readonly answers: Readonly<Record<string, string>> }[],
): { readonly questionId: string; readonly counts: Readonly<Record<string, number>> }[] =>
  questions
    .filter((q) => q.answerType !== 'Text')
    .map((q) => {
      const counts = new Map<string, number>();
      for (const a of answered) {
        const value = Object.entries(a.answers).find(([id]) => id === q.id)?.[1] ?? '';
        if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      return { questionId: q.id, counts: Object.fromEntries(counts) };
    });
