import { describe, expect, it } from 'vitest';
import { siteSchema } from '../schema/load';
import type { ExistingColumn, ExistingList } from './existing';
import { planSite } from './plan';

const schema = siteSchema();

/** The site exactly as the schema would create it. */
function provisioned(): ExistingList[] {
  return schema.lists.map((list, i) => ({
    id: `list-${String(i)}`,
    displayName: list.displayName,
    columns: list.columns.map((c): ExistingColumn => ({
      id: `${list.file}-${c.name}`,
      name: c.name,
      facet: c.type === 'note' ? 'text' : c.type,
      multiline: c.type === 'note',
      indexed: c.indexed,
      unique: c.unique,
      choices: c.choices ?? [],
    })),
  }));
}

const edit = (lists: ExistingList[], name: string, f: (l: ExistingList) => ExistingList) =>
  lists.map((l) => (l.displayName === name ? f(l) : l));

describe('the provisioning plan', () => {
  it('creates every list, in schema order, on an empty site', () => {
    const plan = planSite(schema, []);
    expect(plan.steps.map((s) => (s.op === 'create-list' ? s.list.displayName : s.op))).toEqual(
      schema.lists.map((l) => l.displayName),
    );
  });

  it('changes nothing on a site that matches, but still lists the views to create by hand', () => {
    const plan = planSite(schema, provisioned());
    expect(plan.steps).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.views.map((v) => v.view.name)).toEqual([
      'Inadequate audits',
      "This cycle's allocation",
      'Open actions',
      'Overdue actions',
    ]);
  });

  it('adds a missing column and indexes one that lost its index', () => {
    const site = edit(provisioned(), 'Actions', (l) => ({
      ...l,
      columns: l.columns
        .filter((c) => c.name !== 'Escalation')
        .map((c) => (c.name === 'DueDate' ? { ...c, indexed: false } : c)),
    }));
    const plan = planSite(schema, site);
    expect(plan.steps.map((s) => [s.op, 'column' in s ? s.column.name : ''])).toEqual([
      ['index-column', 'DueDate'],
      ['add-column', 'Escalation'],
    ]);
  });

  it('adds new choices while keeping those a QA lead added', () => {
    const site = edit(provisioned(), 'Audits', (l) => ({
      ...l,
      columns: l.columns.map((c) =>
        c.name === 'OverallGrade' ? { ...c, choices: ['Outstanding', 'Good', 'Very good'] } : c,
      ),
    }));
    const [step] = planSite(schema, site).steps;
    expect(step).toMatchObject({
      op: 'add-choices',
      added: ['Requires improvement to be good', 'Inadequate'],
      choices: [
        'Outstanding',
        'Good',
        'Very good',
        'Requires improvement to be good',
        'Inadequate',
      ],
    });
  });

  it('warns, and changes nothing, when a column has another type on the site', () => {
    const site = edit(provisioned(), 'Actions', (l) => ({
      ...l,
      columns: l.columns.map((c) => (c.name === 'Description' ? { ...c, multiline: false } : c)),
    }));
    const plan = planSite(schema, site);
    expect(plan.steps).toEqual([]);
    expect(plan.warnings).toEqual([expect.stringContaining('Actions.Description')]);
  });
});
