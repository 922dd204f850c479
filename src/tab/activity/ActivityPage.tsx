import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { useActivityStyles } from './activity.styles';
import { ActivityCard } from './ActivityCard';
import { useActivity } from './use-activity';

/** Local mode: the cards this person would have received in Teams, with working buttons. */
export default function ActivityPage() {
  const styles = useActivityStyles();
  const a = useActivity();
  return (
    <>
      <PageHeader title="Activity" subtitle="The cards you would receive in Teams chat" />
      {a.error === null ? null : <ErrorState title="The card action did not run" error={a.error} />}
      <ResourceView resource={a.feed} loadingLabel="Loading your cards…">
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title="No cards yet." />
          ) : (
            <ul className={styles.list}>
              {data.items.map((item) => (
                <li key={item.id} className={styles.item} aria-label={item.summary}>
                  <span className={styles.meta}>
                    {item.summary} · {new Date(item.sentAt).toLocaleString('en-GB')}
                  </span>
                  {a.outcome?.id === item.id ? (
                    <MessageBar intent="success">
                      <MessageBarBody>{a.outcome.text}</MessageBarBody>
                    </MessageBar>
                  ) : null}
                  <div className={styles.card}>
                    <ActivityCard
                      card={a.cardOf(item)}
                      onExecute={(verb, d) => void a.execute(item.id, verb, d)}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </>
  );
}
