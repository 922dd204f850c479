import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Textarea,
} from '@fluentui/react-components';
import type { PageProps } from '../app/page-props';
import { RouteLink } from '../common/links';
import { useCommonStyles } from '../common/common.styles';
import { ErrorState } from '../common/ErrorState';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { DiscussionsSection } from './DiscussionsSection';
import { useBriefing } from './use-briefing';

/**
 * The seven-minute briefing of a cycle, under the seven headings safeguarding partnerships use:
 * the key messages drafted from the cycle's figures and confirmed themes, for the QA lead to
 * edit (one message a line) and make into the one-page Word document.
 */
export default function BriefingPage({ params }: PageProps) {
  const common = useCommonStyles();
  const cycleId = params['cycleId'] ?? '';
  const b = useBriefing(cycleId);
  return (
    <>
      <PageHeader
        title="Seven-minute briefing"
        subtitle="Key messages from the cycle's audits, for every team to discuss"
      />
      <p>
        <RouteLink to={`/reports/${cycleId}`}>Back to the findings report</RouteLink>
      </p>
      <ResourceView resource={b.briefing} loadingLabel="Drafting the briefing…">
        {(data) => (
          <>
            <form
              className={common.stack}
              aria-label="The briefing's key messages"
              onSubmit={(event) => {
                event.preventDefault();
                void b.make.run();
              }}
            >
              {data.headings.map((heading) => (
                <Field key={heading} label={heading} hint="One key message a line.">
                  <Textarea
                    value={b.texts[heading] ?? ''}
                    resize="vertical"
                    rows={3}
                    readOnly={!b.canMake}
                    onChange={(_, v) => {
                      b.setText(heading, v.value);
                    }}
                  />
                </Field>
              ))}
              <div className={common.row}>
                {b.canMake ? (
                  <Button type="submit" appearance="primary" disabled={b.make.pending}>
                    Save and make the briefing
                  </Button>
                ) : null}
                {data.made === null ? null : (
                  <Button
                    disabled={b.download.pending}
                    onClick={() => {
                      void b.download.run();
                    }}
                  >
                    {`Download the briefing (version ${data.made.report.documentVersion})`}
                  </Button>
                )}
              </div>
              {b.make.pending ? <ProgressBar aria-label="Making the briefing…" /> : null}
            </form>
            <DiscussionsSection data={data} b={b} />
          </>
        )}
      </ResourceView>
      {b.notice === null ? null : (
        <MessageBar intent="success">
          <MessageBarBody>{b.notice}</MessageBarBody>
        </MessageBar>
      )}
      {b.make.error === null ? null : <ErrorState title="Not made" error={b.make.error} />}
    </>
  );
}
