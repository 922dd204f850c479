import { formatDate, nameOf } from '../format';
import type { Column } from './data-table.types';

/** A column that shows, sorts and filters by one piece of text. */
export const textColumn = <T>(
  id: string,
  header: string,
  textOf: (item: T) => string,
): Column<T> => ({ id, header, sortValue: textOf, cell: textOf });

/** A record with the display names of the people, teams and services it refers to. */
interface Named {
  readonly names: Readonly<Record<string, string>>;
}

/** A column that shows a person, team or service by name, sorted by the name. */
export const nameColumn = <T extends Named>(
  id: string,
  header: string,
  idOf: (item: T) => string | null,
): Column<T> => textColumn(id, header, (item) => nameOf(item.names, idOf(item)));

/** A column that shows a date as '4 Mar 2025', sorted by the ISO date. */
export const dateColumn = <T>(
  id: string,
  header: string,
  dateOf: (item: T) => string | null,
): Column<T> => ({
  id,
  header,
  sortValue: (item) => dateOf(item) ?? '',
  text: (item) => formatDate(dateOf(item)),
  cell: (item) => formatDate(dateOf(item)),
});
