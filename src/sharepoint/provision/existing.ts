import type { Graph } from '../graph/graph';
import { withQuery } from '../graph/odata';
import { allPages } from '../graph/paging';

/** A column as the site has it, reduced to what the plan compares. */
export interface ExistingColumn {
  readonly id: string;
  readonly name: string;
  /** The columnDefinition facet present: text, choice, dateTime, number, boolean, lookup... */
  readonly facet: string;
  readonly multiline: boolean;
  readonly indexed: boolean;
  readonly unique: boolean;
  readonly choices: readonly string[];
}

export interface ExistingList {
  readonly id: string;
  readonly displayName: string;
  readonly columns: readonly ExistingColumn[];
}

const FACETS = ['text', 'choice', 'dateTime', 'number', 'boolean', 'lookup', 'personOrGroup'];

type Raw = Record<string, unknown>;

function toColumn(raw: Raw): ExistingColumn {
  const facet = FACETS.find((f) => raw[f] !== undefined) ?? 'other';
  const settings = (raw[facet] ?? {}) as { allowMultipleLines?: unknown; choices?: unknown };
  return {
    id: String(raw.id),
    name: String(raw.name),
    facet,
    multiline: settings.allowMultipleLines === true,
    indexed: raw.indexed === true,
    unique: raw.enforceUniqueValues === true,
    choices: Array.isArray(settings.choices) ? settings.choices.map(String) : [],
  };
}

/** Every list of the site with its columns: `GET /sites/{id}/lists?$expand=columns`. */
export async function readExistingLists(graph: Graph, siteId: string): Promise<ExistingList[]> {
  const url = withQuery(`/sites/${siteId}/lists`, {
    $select: 'id,displayName',
    $expand: 'columns',
  });
  const lists = (await allPages(graph, url, 'read the site')) as Raw[];
  return lists.map((list) => ({
    id: String(list.id),
    displayName: String(list.displayName),
    columns: Array.isArray(list.columns) ? (list.columns as Raw[]).map(toColumn) : [],
  }));
}
