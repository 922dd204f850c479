import { Checkbox, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { GRADES } from '../../domain/records/grade';
import type { FieldPath } from './audit-form.types';
import { FIELD_LABELS } from './form-values';
import type { AuditFormModel } from './use-audit-form';

interface FieldProps {
  readonly form: AuditFormModel;
  readonly path: FieldPath;
  readonly label?: string;
  readonly hint?: string;
  readonly required?: boolean;
}

/** Field props shared by every control: label, hint, and this field's own validation message. */
const fieldProps = ({ form, path, label, hint, required = false }: FieldProps) => {
  const issue = form.issueOf(path);
  return {
    label: label ?? FIELD_LABELS[path],
    required,
    ...(hint === undefined ? {} : { hint }),
    ...(issue === undefined ? {} : { validationMessage: issue, validationState: 'error' as const }),
  };
};

export function FormText(props: FieldProps) {
  const { form, path } = props;
  return (
    <Field {...fieldProps(props)}>
      <Textarea
        data-field={path}
        resize="vertical"
        value={form.values[path]}
        onChange={(_, data) => {
          form.setValue(path, data.value);
        }}
      />
    </Field>
  );
}

/** The four-point scale as radio buttons: Tab into the group, arrow keys to choose. */
export function FormGrade(props: FieldProps) {
  const { form, path } = props;
  return (
    <Field {...fieldProps(props)}>
      <RadioGroup
        data-field={path}
        layout="horizontal"
        value={form.values[path]}
        onChange={(_, data) => {
          form.setValue(path, data.value);
        }}
      >
        {GRADES.map((grade) => (
          <Radio key={grade} value={grade} label={grade} />
        ))}
      </RadioGroup>
    </Field>
  );
}

export function FormDate(props: FieldProps) {
  const { form, path } = props;
  return (
    <Field {...fieldProps(props)}>
      <Input
        data-field={path}
        type="date"
        value={form.values[path]}
        onChange={(_, data) => {
          form.setValue(path, data.value);
        }}
      />
    </Field>
  );
}

export function FormCheckbox(props: FieldProps) {
  const { form, path } = props;
  const issue = form.issueOf(path);
  return (
    <Field
      {...(issue === undefined
        ? {}
        : { validationMessage: issue, validationState: 'error' as const })}
    >
      <Checkbox
        data-field={path}
        label={props.label ?? FIELD_LABELS[path]}
        checked={form.values[path] === 'true'}
        onChange={(_, data) => {
          form.setValue(path, String(data.checked === true));
        }}
      />
    </Field>
  );
}
