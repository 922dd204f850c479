import { CellLink } from '../common/CellLink';
import { StandingGradeBadge, OverdueBadge, StateBadge } from '../common/badges';
import { actionTimingLabel, auditTimescaleLabel, todayIso } from '../common/format';
import type { HomeList } from './home.types';
import { isOverdueAction } from '../../domain/records/action';
import { useHomeStyles } from './home.styles';

const SHOWN = 5;

/** One list on the home page: the first few items and a link to all of them. */
export function HomeListView({ list }: { readonly list: HomeList }) {
  const styles = useHomeStyles();
  const count = list.kind === 'audits' ? list.audits.length : list.actions.length;
  const headingId = `home-${list.id}`;
  return (
    <section className={styles.list} aria-labelledby={headingId}>
      <h2 id={headingId}>{list.title}</h2>
      {count === 0 ? (
        <p className={styles.meta}>{list.emptyText}</p>
      ) : (
        <ul className={styles.items}>
          {list.audits.slice(0, SHOWN).map((audit) => (
            <li key={audit.record.id} className={styles.item}>
              <CellLink href={`#/audits/${encodeURIComponent(audit.record.id)}`}>
                Case {audit.record.caseNumber}
              </CellLink>
              <StateBadge state={audit.record.state} />
              <StandingGradeBadge audit={audit} />
              <span className={styles.meta}>{auditTimescaleLabel(audit.record)}</span>
            </li>
          ))}
          {list.actions.slice(0, SHOWN).map(({ record }) => (
            <li key={record.id} className={styles.item}>
              <CellLink href={`#/actions/${encodeURIComponent(record.id)}`}>
                {record.description}
              </CellLink>
              <StateBadge state={record.state} />
              {isOverdueAction(record, todayIso()) ? <OverdueBadge /> : null}
              <span className={styles.meta}>
                Case {record.caseNumber} · {actionTimingLabel(record)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {count > SHOWN ? <CellLink href={list.moreHref}>See all {count}</CellLink> : null}
    </section>
  );
}
