import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Textarea,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useCommonStyles } from '../common/common.styles';
import { ErrorState } from '../common/ErrorState';
import { formatDate } from '../common/format';
import { ResourceView } from '../common/ResourceView';
import { useReportDocuments } from './use-report-documents';

/**
 * The cycle's documents, saved in the site's document library: a download of each (its
 * version, who made it and when) and, for the QA lead, making them from the figures above.
 */
export function ReportDocuments({
  cycleId,
  cycleStart,
}: {
  readonly cycleId: string;
  readonly cycleStart: string;
}) {
  const common = useCommonStyles();
  const d = useReportDocuments(cycleId, cycleStart);
  return (
    <section className={common.section} aria-labelledby="report-documents">
      <h2 id="report-documents" className={common.sectionTitle}>
        Documents
      </h2>
      <ResourceView resource={d.documents} loadingLabel="Loading the documents…">
        {(data) =>
          data.items.length === 0 ? (
            <p>No document has been made for this cycle yet.</p>
          ) : (
            <ul className={common.stack} aria-label="Documents of this cycle">
              {data.items.map((doc) => (
                <li key={doc.report.id}>
                  <Button
                    appearance="subtle"
                    icon={<ArrowDownloadRegular />}
                    disabled={d.download.pending}
                    onClick={() => {
                      void d.download.run(doc);
                    }}
                  >
                    {`Download ${doc.report.documentName}`}
                  </Button>{' '}
                  <span>
                    {doc.label}, version {doc.report.documentVersion}, made by {doc.madeByName} on{' '}
                    {formatDate(doc.report.madeAt)}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      {d.canMake ? (
        <form
          className={common.stack}
          aria-label="Make the documents"
          onSubmit={(event) => {
            event.preventDefault();
            void d.findings.run();
          }}
        >
          <Field
            label="Your narrative"
            hint="Opens the findings report and the annual report. Case numbers only: never a child's name."
          >
            <Textarea
              value={d.narrative}
              resize="vertical"
              rows={5}
              onChange={(_, v) => {
                d.setNarrative(v.value);
              }}
            />
          </Field>
          <div className={common.row}>
            <Button type="submit" appearance="primary" disabled={d.making}>
              Make the findings report
            </Button>
            <Button
              disabled={d.making}
              onClick={() => {
                void d.trackers.run();
              }}
            >
              Make each service’s trackers
            </Button>
            <Button
              disabled={d.making}
              onClick={() => {
                void d.annual.run();
              }}
            >
              {`Make the annual QA report ${d.year} to ${String(Number(d.year) + 1)}`}
            </Button>
            <Button
              disabled={d.making}
              onClick={() => {
                void d.evidence.run();
              }}
            >
              {`Make the Ofsted evidence pack ${d.year} to ${String(Number(d.year) + 1)}`}
            </Button>
            <Button as="a" href={`#/reports/${encodeURIComponent(cycleId)}/briefing`}>
              Edit the seven-minute briefing
            </Button>
          </div>
          {d.making ? <ProgressBar aria-label="Making the document from the records…" /> : null}
        </form>
      ) : null}
      {d.notice === null ? null : (
        <MessageBar intent="success">
          <MessageBarBody>{d.notice}</MessageBarBody>
        </MessageBar>
      )}
      {d.error === null ? null : <ErrorState title="Not made" error={d.error} />}
    </section>
  );
}
