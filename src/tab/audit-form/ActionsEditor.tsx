import { Button, Checkbox, Field, Select, Textarea } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { GRADES_NEEDING_NO_ACTION } from '../../domain/lifecycle/submission-check';
import { isGrade } from '../../domain/records/grade';
import { useAuditFormStyles } from './audit-form.styles';
import type { AuditFormModel } from './use-audit-form';

const TIMESCALES = [
  ['', "The cycle's timescale"],
  ['5', '5 days'],
  ['10', '10 days'],
  ['14', '2 weeks'],
  ['28', '4 weeks'],
  ['42', '6 weeks'],
  ['84', '12 weeks'],
] as const;

const issue = (message: string | undefined) =>
  message === undefined ? {} : { validationMessage: message, validationState: 'error' as const };

export interface ActionsEditorProps {
  readonly form: AuditFormModel;
  readonly owners: readonly { readonly id: string; readonly name: string }[];
}

/** Actions with owner, timescale and the "immediate, to meet good" flag (section 7, step 7). */
export function ActionsEditor({ form, owners }: ActionsEditorProps) {
  const styles = useAuditFormStyles();
  const grade = form.values.overallGrade;
  const mayHaveNone = isGrade(grade) && GRADES_NEEDING_NO_ACTION.includes(grade);
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Actions</legend>
      {form.rows.map((row, index) => (
        <div
          key={row.key}
          className={styles.actionRow}
          role="group"
          aria-label={`Action ${index + 1}`}
        >
          <Field
            label={`Action ${index + 1}`}
            required
            {...issue(form.issueOf(`actions.${index}.description`))}
          >
            <Textarea
              data-field={`actions.${index}.description`}
              value={row.description}
              onChange={(_, data) => {
                form.updateRow(row.key, { description: data.value });
              }}
            />
          </Field>
          <Field label="Owner" required {...issue(form.issueOf(`actions.${index}.ownerId`))}>
            <Select
              data-field={`actions.${index}.ownerId`}
              value={row.ownerId}
              onChange={(_, data) => {
                form.updateRow(row.key, { ownerId: data.value });
              }}
            >
              {owners.map((owner) => (
                <option key={owner.id} value={owner.id}>
                  {owner.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Timescale" {...issue(form.issueOf(`actions.${index}.timescaleDays`))}>
            <Select
              data-field={`actions.${index}.timescaleDays`}
              value={row.timescaleDays}
              onChange={(_, data) => {
                form.updateRow(row.key, { timescaleDays: data.value });
              }}
            >
              {TIMESCALES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Checkbox
            label="Immediate, to meet good"
            checked={row.immediate}
            onChange={(_, data) => {
              form.updateRow(row.key, { immediate: data.checked === true });
            }}
          />
          <Button
            icon={<DeleteRegular />}
            onClick={() => {
              form.removeRow(row.key);
            }}
          >
            Remove action {index + 1}
          </Button>
        </div>
      ))}
      <Field {...issue(form.issueOf('actions'))}>
        <div>
          <Button data-field="actions" icon={<AddRegular />} onClick={form.addRow}>
            Add an action
          </Button>
        </div>
      </Field>
      {mayHaveNone && form.rows.length === 0 ? (
        <Field {...issue(form.issueOf('noActionsNeeded'))}>
          <Checkbox
            data-field="noActionsNeeded"
            label="No actions are needed"
            checked={form.noActionsNeeded}
            onChange={(_, data) => {
              form.setNoActionsNeeded(data.checked === true);
            }}
          />
        </Field>
      ) : null}
    </fieldset>
  );
}
