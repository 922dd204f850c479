import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { REGISTER_FIELDS, REQUIRED_FIELDS } from '../../domain/register/column-mapping';
import { COHORT_LABELS } from '../../domain/records/case';
import { useCommonStyles } from '../common/common.styles';
import { ErrorState } from '../common/ErrorState';
import { fieldError, serverIssues } from '../common/form-issues';
import { ResourceView } from '../common/ResourceView';
import { FIELD_LABELS } from './register.types';
import { useRegisterStyles } from './register.styles';
import { useColumnMapping } from './use-column-mapping';

/** Which of the export's columns hold each field: shown, edited and saved for every import. */
export function MappingPanel() {
  const styles = useCommonStyles();
  const own = useRegisterStyles();
  const m = useColumnMapping();
  const fromServer = serverIssues(m.save.error);
  return (
    <section className={styles.section} aria-labelledby="mapping">
      <h2 id="mapping" className={styles.sectionTitle}>
        Column mapping
      </h2>
      <ResourceView resource={m.resource} loadingLabel="Reading the saved mapping…">
        {(data) => (
          <form
            className={styles.stack}
            onSubmit={(e) => {
              e.preventDefault();
              void m.save.run();
            }}
          >
            <p className={styles.muted}>
              {data.isDefault
                ? 'The default mapping for a Liquidlogic or Mosaic export.'
                : `Saved ${data.updatedAt?.slice(0, 10) ?? ''}.`}{' '}
              Each field is read from the first of its columns the file has (separate them with
              commas). Columns that could identify a child are never read, whatever is named here.
            </p>
            <div className={own.fields}>
              {REGISTER_FIELDS.map((field, i) => (
                <Field
                  key={field}
                  label={`${FIELD_LABELS[field]} columns`}
                  required={REQUIRED_FIELDS.includes(field)}
                  hint={
                    field === 'startDate' ? 'Optional: checked as a date when present' : undefined
                  }
                  {...fieldError(m.issues[field] ?? fromServer[`columns.${field}.${String(i)}`])}
                >
                  <Input
                    value={m.form?.[field] ?? ''}
                    onChange={(_, d) => {
                      m.update(field, d.value);
                    }}
                  />
                </Field>
              ))}
            </div>
            <details>
              <summary>
                Cohort values read ({Object.keys(data.mapping.cohortValues).length})
              </summary>
              <ul className={own.list}>
                {Object.entries(data.mapping.cohortValues).map(([value, cohort]) => (
                  <li key={value}>
                    “{value}” → {COHORT_LABELS[cohort]}
                  </li>
                ))}
              </ul>
            </details>
            <div className={styles.row}>
              <Button type="submit" disabled={m.save.pending}>
                Save the mapping
              </Button>
            </div>
            {m.save.error === null ? null : (
              <ErrorState title="Mapping not saved" error={m.save.error} />
            )}
            {m.save.pending || m.save.error !== null || data.isDefault ? null : (
              <MessageBar intent="success">
                <MessageBarBody>The mapping is saved and used for every import.</MessageBarBody>
              </MessageBar>
            )}
          </form>
        )}
      </ResourceView>
    </section>
  );
}
