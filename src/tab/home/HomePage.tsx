import { Link, mergeClasses } from '@fluentui/react-components';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { useStatTileStyles } from '../common/stat-tile.styles';
import { ROLE_LABELS } from '../../domain/records/staff';
import { HomeListView } from './HomeListView';
import { useHomeStyles } from './home.styles';
import { listsFor, tilesFor, useHome } from './use-home';

/** What needs the signed-in person now, for their role. */
export default function HomePage() {
  const styles = useHomeStyles();
  const tiles = useStatTileStyles();
  const { me, home } = useHome();
  return (
    <>
      <PageHeader
        title={`Hello, ${me.displayName}`}
        subtitle={[ROLE_LABELS[me.role], me.teamName, me.serviceAreaName]
          .filter((part) => part !== null)
          .join(' · ')}
      />
      <ResourceView resource={home} loadingLabel="Loading your work…">
        {(data) => {
          const lists = listsFor(me.role, data);
          return (
            <>
              <ul className={mergeClasses(tiles.grid, styles.tiles)} aria-label="At a glance">
                {tilesFor(me.role, data.counts).map((tile) => (
                  <li key={tile.id} className={styles.tileItem}>
                    <Link
                      href={tile.href}
                      className={mergeClasses(
                        tiles.tile,
                        styles.tile,
                        tile.attention && styles.attention,
                      )}
                    >
                      <span className={tiles.value}>{tile.count}</span>
                      <span>{tile.label}</span>
                    </Link>
                  </li>
                ))}
              </ul>
              {lists.length === 0 ? (
                <EmptyState title="Nothing needs you right now." />
              ) : (
                <div className={styles.lists}>
                  {lists.map((list) => (
                    <HomeListView key={list.id} list={list} />
                  ))}
                </div>
              )}
            </>
          );
        }}
      </ResourceView>
    </>
  );
}
