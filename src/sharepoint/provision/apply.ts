import type { Graph } from '../graph/graph';
import { columnDefinition } from '../schema/column-definition';
import type { ColumnSchema, SiteSchema } from '../schema/site-schema';
import type { ExistingList } from './existing';
import type { Plan, PlanStep } from './plan';

/** Applies a plan in order; a lookup's target list id is known by the time it is needed. */
export async function applyPlan(
  graph: Graph,
  siteId: string,
  schema: SiteSchema,
  existing: readonly ExistingList[],
  plan: Plan,
): Promise<void> {
  const listIds = new Map(existing.map((l) => [l.displayName.toLowerCase(), l.id]));
  const idOf = (displayName: string) => {
    const id = listIds.get(displayName.toLowerCase());
    if (id === undefined) throw new Error(`List "${displayName}" should exist by now.`);
    return id;
  };
  const definition = (column: ColumnSchema) => {
    const target = schema.lists.find((l) => l.file === column.lookupList);
    return columnDefinition(column, target ? idOf(target.displayName) : undefined);
  };
  for (const step of plan.steps) await applyStep(step);

  async function applyStep(step: PlanStep): Promise<void> {
    const lists = `/sites/${siteId}/lists`;
    switch (step.op) {
      case 'create-list': {
        const body = {
          displayName: step.list.displayName,
          description: step.list.description,
          columns: step.list.columns.map(definition),
          list: { template: 'genericList' },
        };
        const { body: created } = await graph.send(
          { method: 'POST', url: lists, body },
          'create list',
        );
        listIds.set(step.list.displayName.toLowerCase(), String((created as { id: unknown }).id));
        return;
      }
      case 'add-column': {
        const url = `${lists}/${idOf(step.list.displayName)}/columns`;
        await graph.send({ method: 'POST', url, body: definition(step.column) }, 'add column');
        return;
      }
      case 'index-column': {
        const url = `${lists}/${idOf(step.list.displayName)}/columns/${step.columnId}`;
        const body = {
          indexed: true,
          ...(step.column.unique ? { enforceUniqueValues: true } : {}),
        };
        await graph.send({ method: 'PATCH', url, body }, 'index column');
        return;
      }
      case 'add-choices': {
        const url = `${lists}/${idOf(step.list.displayName)}/columns/${step.columnId}`;
        await graph.send(
          { method: 'PATCH', url, body: { choice: { choices: step.choices } } },
          'add choices',
        );
        return;
      }
    }
  }
}
