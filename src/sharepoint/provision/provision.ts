import type { Graph } from '../graph/graph';
import type { SiteSchema } from '../schema/site-schema';
import { applyPlan } from './apply';
import { describePlan } from './describe';
import { readExistingLists } from './existing';
import { planSite, type Plan } from './plan';

export interface ProvisionResult {
  readonly plan: Plan;
  readonly applied: boolean;
  readonly lines: readonly string[];
}

/**
 * Creates or upgrades the site's lists and columns to match the schema. Idempotent: a second
 * run finds nothing to change and says so. With `dryRun`, only reads.
 */
export async function provisionSite(
  graph: Graph,
  siteId: string,
  schema: SiteSchema,
  options: { readonly dryRun: boolean },
): Promise<ProvisionResult> {
  const existing = await readExistingLists(graph, siteId);
  const plan = planSite(schema, existing);
  const lines = describePlan(plan, options.dryRun);
  if (options.dryRun || plan.steps.length === 0) return { plan, applied: false, lines };
  await applyPlan(graph, siteId, schema, existing, plan);
  return { plan, applied: true, lines: [...lines, 'Done.'] };
}
