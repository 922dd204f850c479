import { CellLink } from '../common/CellLink';
import type { ActionDto } from '../../contract/audits';
import { StateBadge } from '../common/badges';
import { useCommonStyles } from '../common/common.styles';
import { formatDate, nameOf } from '../common/format';

/** The audit's actions, each linking to its own page. */
export function ActionsSummary({ actions }: { readonly actions: readonly ActionDto[] }) {
  const styles = useCommonStyles();
  if (actions.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="audit-actions">
      <h2 id="audit-actions" className={styles.sectionTitle}>
        Actions
      </h2>
      <ul>
        {actions.map(({ record, names }) => (
          <li key={record.id}>
            <CellLink href={`#/actions/${encodeURIComponent(record.id)}`}>
              {record.description}
            </CellLink>{' '}
            <StateBadge state={record.state} />{' '}
            {record.immediate ? '(immediate, to meet good) ' : ''}
            owner {nameOf(names, record.ownerId)}, due {formatDate(record.dueDate)}
          </li>
        ))}
      </ul>
    </section>
  );
}
