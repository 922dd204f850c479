import type { Plan, PlanStep } from './plan';

export function describeStep(step: PlanStep): string {
  switch (step.op) {
    case 'create-list':
      return `create list "${step.list.displayName}" with ${String(step.list.columns.length)} columns`;
    case 'add-column':
      return `add column "${step.column.displayName}" (${step.column.name}, ${step.column.type}) to "${step.list.displayName}"`;
    case 'index-column':
      return `index column ${step.list.displayName}.${step.column.name}${step.column.unique ? ' and enforce unique values' : ''}`;
    case 'add-choices':
      return `add choices ${step.added.join(', ')} to ${step.list.displayName}.${step.column.name}`;
  }
}

/** The plan as lines to print; views are listed every time, as they are never created. */
export function describePlan(plan: Plan, dryRun: boolean): string[] {
  const lines =
    plan.steps.length === 0
      ? ['The site already matches the schema: nothing to change.']
      : [
          dryRun
            ? `Would make ${String(plan.steps.length)} changes (dry run):`
            : `Changes (${String(plan.steps.length)}):`,
          ...plan.steps.map((s) => `  - ${describeStep(s)}`),
        ];
  for (const warning of plan.warnings) lines.push(`Warning: ${warning}`);
  if (plan.views.length > 0) {
    lines.push(
      'Views to create by hand in SharePoint, or through the SharePoint REST API (Graph v1.0 cannot create views):',
    );
    for (const { list, view } of plan.views)
      lines.push(
        `  - ${list}: "${view.name}" — ${view.filter}; columns ${view.columns.join(', ')}`,
      );
  }
  return lines;
}
