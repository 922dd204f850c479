import type { Area } from '../../domain/records/grade';
import { AREA_LABELS } from '../../domain/records/grade';
import { useAuditFormStyles } from './audit-form.styles';
import { FormGrade, FormText } from './FormFields';
import type { AuditFormModel } from './use-audit-form';

/** One of the six areas: grade and evidence (required to submit), strengths, development. */
export function AreaFieldset({
  form,
  area,
}: {
  readonly form: AuditFormModel;
  readonly area: Area;
}) {
  const styles = useAuditFormStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{AREA_LABELS[area]}</legend>
      <FormGrade form={form} path={`areas.${area}.grade`} label="Grade" required />
      <FormText
        form={form}
        path={`areas.${area}.evidence`}
        label="Evidence"
        hint="What you saw on the child's file, and where the worker showed impact"
        required
      />
      <div className={styles.columns}>
        <FormText form={form} path={`areas.${area}.strengths`} label="Strengths" />
        <FormText form={form} path={`areas.${area}.development`} label="Areas for development" />
      </div>
    </fieldset>
  );
}
