import type { ColumnSchema, ListSchema, SiteSchema, ViewSchema } from '../schema/site-schema';
import type { ExistingColumn, ExistingList } from './existing';

export type PlanStep =
  | { readonly op: 'create-list'; readonly list: ListSchema }
  | { readonly op: 'add-column'; readonly list: ListSchema; readonly column: ColumnSchema }
  | {
      readonly op: 'index-column';
      readonly list: ListSchema;
      readonly column: ColumnSchema;
      readonly columnId: string;
    }
  | {
      readonly op: 'add-choices';
      readonly list: ListSchema;
      readonly column: ColumnSchema;
      readonly columnId: string;
      /** Every choice to keep: those already on the site first, then the schema's new ones. */
      readonly choices: readonly string[];
      readonly added: readonly string[];
    };

export interface Plan {
  readonly steps: readonly PlanStep[];
  /** Differences provisioning will not touch (a column's type), for a person to decide. */
  readonly warnings: readonly string[];
  /** Views Graph v1.0 cannot create: to make by hand, or through the SharePoint REST API. */
  readonly views: readonly { readonly list: string; readonly view: ViewSchema }[];
}

/** The facet a schema column has on the site. */
const facetOf = (column: ColumnSchema) => (column.type === 'note' ? 'text' : column.type);

function columnSteps(list: ListSchema, column: ColumnSchema, found: ExistingColumn | undefined) {
  if (!found) return { steps: [{ op: 'add-column', list, column } as const], warnings: [] };
  const steps: PlanStep[] = [];
  const warnings: string[] = [];
  const where = `${list.displayName}.${column.name}`;
  if (found.facet !== facetOf(column) || found.multiline !== (column.type === 'note'))
    warnings.push(
      `${where} is a ${found.multiline ? 'note' : found.facet} column on the site, ${column.type} in the schema: change it by hand.`,
    );
  if ((column.indexed && !found.indexed) || (column.unique && !found.unique))
    steps.push({ op: 'index-column', list, column, columnId: found.id });
  const added = (column.choices ?? []).filter((c) => !found.choices.includes(c));
  if (column.type === 'choice' && added.length > 0)
    steps.push({
      op: 'add-choices',
      list,
      column,
      columnId: found.id,
      choices: [...found.choices, ...added],
      added,
    });
  return { steps, warnings };
}

/**
 * What it takes to bring the site to the schema: lists to create, columns to add, columns to
 * index, choices to add. Never removes or retypes anything; a pure function of its inputs.
 */
export function planSite(schema: SiteSchema, existing: readonly ExistingList[]): Plan {
  const steps: PlanStep[] = [];
  const warnings: string[] = [];
  for (const list of schema.lists) {
    const found = existing.find(
      (l) => l.displayName.toLowerCase() === list.displayName.toLowerCase(),
    );
    if (!found) {
      steps.push({ op: 'create-list', list });
      continue;
    }
    for (const column of list.columns) {
      const result = columnSteps(
        list,
        column,
        found.columns.find((c) => c.name === column.name),
      );
      steps.push(...result.steps);
      warnings.push(...result.warnings);
    }
  }
  const views = schema.lists.flatMap((list) =>
    list.views.map((view) => ({ list: list.displayName, view })),
  );
  return { steps, warnings, views };
}
