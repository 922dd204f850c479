import { useState } from 'react';
import type { ReviewQuestionInput } from '../../contract/reviews';
import type { CohortFilter, Review } from '../../domain/records/review';

const BLANK: ReviewQuestionInput = { text: '', area: null, answerType: 'YesNo' };

/** Moves the item at `from` by `by` places (up −1, down +1), if there is room. */
export const moved = <T>(items: readonly T[], from: number, by: number): T[] => {
  const to = from + by;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

/** Toggles a value in a list (a checkbox of the cohort filter). */
export const toggled = <T>(items: readonly T[], value: T, on: boolean): T[] =>
  on ? [...items.filter((v) => v !== value), value] : items.filter((v) => v !== value);

/** The question designer's state: the theme, questions in order, the cohort filter, the size. */
export function useDesign(review: Review) {
  const [theme, setTheme] = useState(review.theme);
  const [questions, setQuestions] = useState<readonly ReviewQuestionInput[]>(
    review.questions.length === 0
      ? [BLANK]
      : review.questions.map(({ text, area, answerType }) => ({ text, area, answerType })),
  );
  const [filter, setFilter] = useState<CohortFilter>(review.filter);
  const [sampleSize, setSampleSize] = useState(String(review.sampleSize));
  return {
    theme,
    setTheme,
    questions,
    filter,
    setFilter,
    sampleSize,
    setSampleSize,
    add: () => {
      setQuestions((qs) => [...qs, BLANK]);
    },
    remove: (i: number) => {
      setQuestions((qs) => qs.filter((_, j) => j !== i));
    },
    move: (i: number, by: number) => {
      setQuestions((qs) => moved(qs, i, by));
    },
    change: (i: number, patch: Partial<ReviewQuestionInput>) => {
      setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, ...patch } : q)));
    },
    body: () => ({
      theme: theme.trim(),
      questions: questions.map((q) => ({ ...q, text: q.text.trim() })),
      filter,
      sampleSize: Number(sampleSize),
    }),
  };
}
