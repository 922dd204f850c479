import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { ChoiceField, choicesOf } from '../common/ChoiceField';
import { FEEDBACK_SOURCES, SENTIMENTS } from '../../domain/records/feedback';
import { fieldError } from '../common/form-issues';
import { useFeedbackStyles } from './feedback.styles';
import { SENTIMENT_LABELS, SOURCE_LABELS } from './feedback.types';
import type { FeedbackState } from './use-feedback';

/** "Record feedback": every field with its own message; never a child's name. */
export function FeedbackForm({ f }: { readonly f: FeedbackState }) {
  const styles = useFeedbackStyles();
  const { draft, issues, update, places } = f;
  return (
    <form
      className={styles.form}
      aria-label="Record feedback"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void f.record.run();
      }}
    >
      <div className={styles.row}>
        <ChoiceField
          label="Source"
          required
          issue={issues['source']}
          value={draft.source}
          choices={choicesOf(FEEDBACK_SOURCES, SOURCE_LABELS)}
          onChange={(source) => {
            update({ source });
          }}
        />
        <ChoiceField
          label="Sentiment"
          required
          issue={issues['sentiment']}
          value={draft.sentiment}
          choices={choicesOf(SENTIMENTS, SENTIMENT_LABELS)}
          onChange={(sentiment) => {
            update({ sentiment });
          }}
        />
        <Field label="Received on" required {...fieldError(issues['receivedOn'])}>
          <Input
            type="date"
            value={draft.receivedOn}
            onChange={(_, d) => {
              update({ receivedOn: d.value });
            }}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <ChoiceField
          label="Service area"
          required
          issue={issues['serviceAreaId']}
          value={draft.serviceAreaId}
          choices={places?.serviceAreas ?? []}
          onChange={(serviceAreaId) => {
            update({ serviceAreaId });
          }}
        />
        <Field label="Team" {...fieldError(issues['teamId'])}>
          <Select
            value={draft.teamId}
            onChange={(_, d) => {
              update({ teamId: d.value });
            }}
          >
            {places?.wholeServiceAllowed === false ? null : (
              <option value="">The whole service area</option>
            )}
            {places?.teams.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Case number"
          hint="Only if the feedback is about a case, e.g. CF-100234"
          {...fieldError(issues['caseNumber'])}
        >
          <Input
            value={draft.caseNumber}
            onChange={(_, d) => {
              update({ caseNumber: d.value });
            }}
          />
        </Field>
      </div>
      <Field
        label="Summary"
        required
        hint="Do not include names or identifying details; refer to a case by its case number only"
        {...fieldError(issues['summary'])}
      >
        <Textarea
          value={draft.summary}
          resize="vertical"
          onChange={(_, d) => {
            update({ summary: d.value });
          }}
        />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={f.record.pending}>
          Record feedback
        </Button>
      </div>
    </form>
  );
}
