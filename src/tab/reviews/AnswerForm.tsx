import { Button, Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReviewDto } from '../../contract/reviews';
import { AREA_LABELS } from '../../domain/records/grade';
import { TEXT_ANSWER_MAX } from '../../domain/reviews/answers';
import { useCommonStyles } from '../common/common.styles';
import { fieldError, serverIssues } from '../common/form-issues';
import { ANSWER_VALUES } from './reviews.types';

export interface AnswerFormProps {
  readonly review: ReviewDto;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onSave: (caseNumber: string, answers: Record<string, string>) => Promise<unknown>;
}

/** One sampled case (by case number) and an answer to every question, of its type. */
export function AnswerForm({ review, pending, error, onSave }: AnswerFormProps) {
  const styles = useCommonStyles();
  const { sample, questions } = review.record;
  const answeredFor = (n: string) => review.record.answers.find((a) => a.caseNumber === n);
  const firstOpen = sample.find((n) => answeredFor(n) === undefined) ?? sample.at(0) ?? '';
  const [caseNumber, setCaseNumber] = useState(firstOpen);
  const [answers, setAnswers] = useState<Record<string, string>>(() => ({
    ...answeredFor(firstOpen)?.answers,
  }));
  const [tried, setTried] = useState(false);
  const issues = serverIssues(error);
  const issueOf = (i: number, id: string) =>
    tried && (answers[id] ?? '').trim() === ''
      ? 'Answer this question.'
      : issues[`questions.${String(i)}.answer`];
  return (
    <form
      className={styles.stack}
      aria-label="Answer for a sampled case"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (questions.some((q) => (answers[q.id] ?? '').trim() === '')) return;
        void onSave(caseNumber, answers).then((saved) => {
          if (saved === undefined) return;
          setTried(false);
          const next = sample.find((n) => n !== caseNumber && answeredFor(n) === undefined);
          if (next !== undefined) {
            setCaseNumber(next);
            setAnswers({});
          }
        });
      }}
    >
      <Field label="Sampled case" required>
        <Select
          value={caseNumber}
          onChange={(_, d) => {
            setCaseNumber(d.value);
            setAnswers({ ...answeredFor(d.value)?.answers });
            setTried(false);
          }}
        >
          {sample.map((n) => (
            <option key={n} value={n}>
              {n}
              {answeredFor(n) === undefined ? '' : ' (answered)'}
            </option>
          ))}
        </Select>
      </Field>
      {questions.map((q, i) => {
        const label = `${String(i + 1)}. ${q.text}${q.area === null ? '' : ` (${AREA_LABELS[q.area]})`}`;
        const value = answers[q.id] ?? '';
        const set = (v: string) => {
          setAnswers((a) => ({ ...a, [q.id]: v }));
        };
        const values = ANSWER_VALUES[q.answerType];
        return (
          <Field key={q.id} label={label} required {...fieldError(issueOf(i, q.id))}>
            {q.answerType === 'Text' ? (
              <Input
                value={value}
                maxLength={TEXT_ANSWER_MAX}
                onChange={(_, d) => {
                  set(d.value);
                }}
              />
            ) : q.answerType === 'Grade' ? (
              <Select
                value={value}
                onChange={(_, d) => {
                  set(d.value);
                }}
              >
                <option value="">Choose…</option>
                {values.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </Select>
            ) : (
              <RadioGroup
                layout="horizontal"
                value={value}
                onChange={(_, d) => {
                  set(d.value);
                }}
              >
                {values.map((v) => (
                  <Radio key={v} value={v} label={v} />
                ))}
              </RadioGroup>
            )}
          </Field>
        );
      })}
      <div>
        <Button type="submit" appearance="primary" disabled={pending || caseNumber === ''}>
          Save the answers for {caseNumber}
        </Button>
      </div>
    </form>
  );
}
