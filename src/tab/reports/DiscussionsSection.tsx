import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import type { BriefingResponse } from '../../contract/reports';
import { AREA_LABELS, AREAS } from '../../domain/records/grade';
import { useCommonStyles } from '../common/common.styles';
import { ErrorState } from '../common/ErrorState';
import { formatDate } from '../common/format';
import { ReportTableView } from './ReportTableView';
import type { useBriefing } from './use-briefing';

/**
 * The teams that discussed the briefing, the area each will work on and its grade there in the
 * cycles since; and, for a team manager, recording that their team discussed it.
 */
export function DiscussionsSection({
  data,
  b,
}: {
  readonly data: BriefingResponse;
  readonly b: ReturnType<typeof useBriefing>;
}) {
  const common = useCommonStyles();
  return (
    <section className={common.section} aria-labelledby="discussions-title">
      <h2 id="discussions-title" className={common.sectionTitle}>
        Team discussions
      </h2>
      <ReportTableView
        table={{
          id: 'discussions',
          caption: 'Teams that discussed the briefing, and their grade in that area since',
          columns: ['Team', 'Discussed on', 'Area to work on', 'How the team will use it', 'Since'],
          rows: data.discussions.map((d) => [
            d.teamName,
            formatDate(d.discussedOn),
            d.areaLabel,
            d.use,
            d.followUp.length === 0
              ? 'no later cycle yet'
              : d.followUp
                  .map((f) => `${f.cycleName}: ${f.goodOrBetter} Good or better`)
                  .join('; '),
          ]),
        }}
      />
      {b.canRecord && data.made !== null ? (
        <form
          className={common.stack}
          aria-label="Record that your team discussed the briefing"
          onSubmit={(event) => {
            event.preventDefault();
            void b.record.run();
          }}
        >
          <Field label="Discussed on" required>
            <Input
              type="date"
              value={b.discussion.discussedOn}
              onChange={(_, v) => {
                b.setDiscussion({ ...b.discussion, discussedOn: v.value });
              }}
            />
          </Field>
          <Field label="The area your team will work on" required>
            <Select
              value={b.discussion.area}
              onChange={(_, v) => {
                b.setDiscussion({ ...b.discussion, area: v.value });
              }}
            >
              {AREAS.map((a) => (
                <option key={a} value={a}>
                  {AREA_LABELS[a]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="How your team will use it" hint="Case numbers only: never a child's name.">
            <Textarea
              value={b.discussion.use}
              resize="vertical"
              onChange={(_, v) => {
                b.setDiscussion({ ...b.discussion, use: v.value });
              }}
            />
          </Field>
          <div className={common.row}>
            <Button type="submit" appearance="primary" disabled={b.record.pending}>
              Record the discussion
            </Button>
          </div>
          {b.record.error === null ? null : (
            <ErrorState title="Not recorded" error={b.record.error} />
          )}
        </form>
      ) : null}
    </section>
  );
}
