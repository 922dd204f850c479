import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from '@fluentui/react-components';
import type { ImportIssueDto } from '../../contract/register-import';
import { useCommonStyles } from '../common/common.styles';
import { DataTable } from '../common/data-table/DataTable';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { PageHeader } from '../common/PageHeader';
import { MappingPanel } from './MappingPanel';
import {
  doneSummary,
  fractionDone,
  importLabel,
  previewSummary,
  validRows,
  XLSX_TYPE,
} from './register.types';
import { useRegisterStyles } from './register.styles';
import { useRegisterImport } from './use-register-import';

/** The QA lead imports the open-case register from the case management system's export. */
export default function RegisterImportPage() {
  const styles = useCommonStyles();
  const own = useRegisterStyles();
  const r = useRegisterImport();
  const p = r.preview;
  const nothingToDo = p !== null && p.add + p.update + p.close === 0;
  return (
    <>
      <PageHeader
        title="Case register"
        subtitle="Import the open-case register from the case management system's export"
      />
      <MappingPanel />
      <section className={styles.section} aria-labelledby="import">
        <h2 id="import" className={styles.sectionTitle}>
          Import an export
        </h2>
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            void r.previewCommand.run();
          }}
        >
          <div className={own.file}>
            <label htmlFor="register-file" className={own.label}>
              Export file (.csv or .xlsx)
            </label>
            <input
              id="register-file"
              className={own.fileInput}
              type="file"
              accept={`.csv,.xlsx,text/csv,${XLSX_TYPE}`}
              onChange={(e) => {
                r.choose(e.currentTarget.files?.[0] ?? null);
              }}
            />
          </div>
          <Button type="submit" disabled={r.file === null || r.previewCommand.pending}>
            Preview the import
          </Button>
        </form>
        <p className={styles.muted}>
          Nothing is written until you import. Names, dates of birth, addresses, NHS numbers and
          other columns that could identify a child are dropped as the file is read.
        </p>
        {r.previewCommand.pending ? <ProgressBar aria-label="Reading the file" /> : null}
        {r.previewCommand.error === null ? null : (
          <ErrorState title="The file could not be previewed" error={r.previewCommand.error} />
        )}
      </section>
      {p === null ? null : (
        <section className={styles.section} aria-labelledby="preview">
          <h2 id="preview" className={styles.sectionTitle}>
            Preview
          </h2>
          <MessageBar intent={p.badRows > 0 ? 'warning' : 'info'}>
            <MessageBarBody>{previewSummary(p)}</MessageBarBody>
          </MessageBar>
          <p>
            <strong>Columns dropped (could identify a child): </strong>
            {p.droppedColumns.length === 0 ? 'none' : p.droppedColumns.join(', ')}
          </p>
          {p.ignoredColumns.length === 0 ? null : (
            <p className={styles.muted}>Not used: {p.ignoredColumns.join(', ')}</p>
          )}
          <DataTable<ImportIssueDto>
            label="Rows with errors"
            items={p.issues}
            getRowId={(i) => `${String(i.line)}:${i.column}:${i.reason}`}
            empty={<EmptyState title="Every row can be imported." />}
            columns={[
              { id: 'line', header: 'Line', sortValue: (i) => i.line, cell: (i) => i.line },
              { id: 'column', header: 'Column', sortValue: (i) => i.column, cell: (i) => i.column },
              { id: 'reason', header: 'Reason', sortValue: (i) => i.reason, cell: (i) => i.reason },
            ]}
          />
          {p.issueCount > p.issues.length ? (
            <p className={styles.muted}>
              The first {p.issues.length} of {p.issueCount} errors are shown.
            </p>
          ) : null}
          {p.closeWarning === null ? null : (
            <MessageBar intent="warning">
              <MessageBarBody>{p.closeWarning}</MessageBarBody>
            </MessageBar>
          )}
          {p.closeWarning === null || r.progress !== null ? null : (
            <Checkbox
              checked={r.closuresConfirmed}
              onChange={(_, d) => {
                r.confirmClosures(d.checked === true);
              }}
              label={`I have checked the export: close these ${p.close.toLocaleString('en-GB')} cases`}
            />
          )}
          {r.progress === null ? (
            <div className={styles.row}>
              <Button
                appearance="primary"
                disabled={
                  r.importCommand.pending || nothingToDo || validRows(p) === 0 || r.mustConfirm
                }
                onClick={() => void r.importCommand.run()}
              >
                {importLabel(p)}
              </Button>
              {nothingToDo ? (
                <span className={styles.muted}>The register already matches this file.</span>
              ) : null}
            </div>
          ) : null}
          {r.importCommand.error === null ? null : (
            <ErrorState title="Not imported" error={r.importCommand.error} />
          )}
        </section>
      )}
      {r.progress === null ? null : (
        <section className={styles.section} aria-labelledby="progress">
          <h2 id="progress" className={styles.sectionTitle}>
            Progress
          </h2>
          {r.progress.state === 'Running' ? (
            <ProgressBar
              aria-label="Cases written"
              value={fractionDone(r.progress)}
              thickness="large"
            />
          ) : null}
          <p aria-live="polite">
            {r.progress.done} of {r.progress.total} changes written
          </p>
          {r.progress.state === 'Done' ? (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>Done</MessageBarTitle>
                {doneSummary(r.progress)}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {r.progress.state === 'Failed' ? (
            <MessageBar intent="error">
              <MessageBarBody>{r.progress.lastError}</MessageBarBody>
            </MessageBar>
          ) : null}
        </section>
      )}
    </>
  );
}
