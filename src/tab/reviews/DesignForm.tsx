import { Button, Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import type { DesignReviewRequest, ReviewDto } from '../../contract/reviews';
import type { OrganisationResponse } from '../../contract/organisation';
import { COHORT_LABELS, COHORTS } from '../../domain/records/case';
import { AREA_LABELS, AREAS, type Area } from '../../domain/records/grade';
import { ANSWER_TYPES } from '../../domain/records/review';
import { QUESTIONS_MAX, SAMPLE_SIZE_MAX } from '../../domain/reviews/answers';
import { useCommonStyles } from '../common/common.styles';
import { fieldError, serverIssues } from '../common/form-issues';
import { ANSWER_TYPE_LABELS } from './reviews.types';
import { toggled, useDesign } from './use-design';
import { useReviewStyles } from './reviews.styles';

export interface DesignFormProps {
  readonly review: ReviewDto;
  readonly organisation: OrganisationResponse;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onSave: (body: Omit<DesignReviewRequest, 'version'>) => Promise<unknown>;
}

/** The question designer: questions (text, answer type, area) in order, the cohort, the size. */
export function DesignForm({ review, organisation, pending, error, onSave }: DesignFormProps) {
  const styles = useCommonStyles();
  const own = useReviewStyles();
  const d = useDesign(review.record);
  const issues = serverIssues(error);
  const dip = review.record.kind === 'DipSample';
  const teams = organisation.teams.filter(
    (t) =>
      (!dip || t.serviceAreaId === review.record.serviceAreaId) &&
      (d.filter.serviceAreaIds.length === 0 || d.filter.serviceAreaIds.includes(t.serviceAreaId)),
  );
  return (
    <form
      className={styles.stack}
      aria-label="Design the questions and the sample"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(d.body());
      }}
    >
      <Field label="Theme" required {...fieldError(issues['theme'])}>
        <Input
          value={d.theme}
          maxLength={200}
          onChange={(_, v) => {
            d.setTheme(v.value);
          }}
        />
      </Field>
      <h3 className={own.subTitle}>Questions</h3>
      {issues['questions'] ? <p role="alert">Questions: {issues['questions']}</p> : null}
      <ol className={own.questions}>
        {d.questions.map((q, i) => {
          const n = String(i + 1);
          return (
            <li key={i} className={own.question}>
              <fieldset className={own.fieldset}>
                <legend>Question {n}</legend>
                <Field
                  label="Question"
                  required
                  {...fieldError(issues[`questions.${String(i)}.text`])}
                >
                  <Textarea
                    value={q.text}
                    maxLength={300}
                    resize="vertical"
                    onChange={(_, v) => {
                      d.change(i, { text: v.value });
                    }}
                  />
                </Field>
                <div className={own.pair}>
                  <Field label="Answer type">
                    <Select
                      value={q.answerType}
                      onChange={(_, v) => {
                        const type = ANSWER_TYPES.find((t) => t === v.value);
                        if (type !== undefined) d.change(i, { answerType: type });
                      }}
                    >
                      {ANSWER_TYPES.map((t) => (
                        <option key={t} value={t}>
                          {ANSWER_TYPE_LABELS[t]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field label="Audit area">
                    <Select
                      value={q.area ?? ''}
                      onChange={(_, v) => {
                        d.change(i, { area: AREAS.find((a) => a === v.value) ?? null });
                      }}
                    >
                      <option value="">None (a free question)</option>
                      {AREAS.map((a: Area) => (
                        <option key={a} value={a}>
                          {AREA_LABELS[a]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
                <div className={styles.row}>
                  <Button
                    size="small"
                    disabled={i === 0}
                    onClick={() => {
                      d.move(i, -1);
                    }}
                  >
                    Move question {n} up
                  </Button>
                  <Button
                    size="small"
                    disabled={i === d.questions.length - 1}
                    onClick={() => {
                      d.move(i, 1);
                    }}
                  >
                    Move question {n} down
                  </Button>
                  <Button
                    size="small"
                    onClick={() => {
                      d.remove(i);
                    }}
                  >
                    Remove question {n}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <Button disabled={d.questions.length >= QUESTIONS_MAX} onClick={d.add}>
          Add a question
        </Button>
      </div>
      <h3 className={own.subTitle}>Which open cases to draw from</h3>
      <p className={styles.muted}>Tick none in a group to take them all.</p>
      {dip ? null : (
        <fieldset className={own.fieldset}>
          <legend>Services</legend>
          {issues['filter.serviceAreaIds'] ? (
            <p role="alert">{issues['filter.serviceAreaIds']}</p>
          ) : null}
          {organisation.serviceAreas.map((s) => (
            <Checkbox
              key={s.id}
              label={s.name}
              checked={d.filter.serviceAreaIds.includes(s.id)}
              onChange={(_, v) => {
                d.setFilter({
                  ...d.filter,
                  serviceAreaIds: toggled(d.filter.serviceAreaIds, s.id, v.checked === true),
                });
              }}
            />
          ))}
        </fieldset>
      )}
      <fieldset className={own.fieldset}>
        <legend>Teams</legend>
        {issues['filter.teamIds'] ? <p role="alert">{issues['filter.teamIds']}</p> : null}
        {teams.map((t) => (
          <Checkbox
            key={t.id}
            label={t.name}
            checked={d.filter.teamIds.includes(t.id)}
            onChange={(_, v) => {
              d.setFilter({
                ...d.filter,
                teamIds: toggled(d.filter.teamIds, t.id, v.checked === true),
              });
            }}
          />
        ))}
      </fieldset>
      <fieldset className={own.fieldset}>
        <legend>Cohorts</legend>
        {COHORTS.map((c) => (
          <Checkbox
            key={c}
            label={COHORT_LABELS[c]}
            checked={d.filter.cohorts.includes(c)}
            onChange={(_, v) => {
              d.setFilter({
                ...d.filter,
                cohorts: toggled(d.filter.cohorts, c, v.checked === true),
              });
            }}
          />
        ))}
      </fieldset>
      <Field
        label={`Sample size (1 to ${String(SAMPLE_SIZE_MAX)} cases)`}
        required
        {...fieldError(issues['sampleSize'])}
      >
        <Input
          type="number"
          min={1}
          max={SAMPLE_SIZE_MAX}
          value={d.sampleSize}
          onChange={(_, v) => {
            d.setSampleSize(v.value);
          }}
        />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={pending}>
          Save the design
        </Button>
      </div>
    </form>
  );
}
