import { describe, expect, it } from 'vitest';
import { siteSchema } from '../schema/load';
import { listFor } from '../schema/site-schema';
import { actionsMapping } from './actions.mapping';
import { auditsMapping } from './audits.mapping';
import { buildFilter } from './query';

const actions = listFor(siteSchema(), 'actions');

describe('query filters', () => {
  it('puts the on-or-before bound first (SharePoint reads the first indexed condition), then eq on indexed fields', () => {
    const filter = buildFilter(actions, actionsMapping, {
      where: { teamId: "T-O'Neil", state: 'Open' },
      onOrBefore: { field: 'dueDate', value: '2025-04-01' },
    });
    expect(filter).toBe(
      "fields/DueDate le '2025-04-01T00:00:00Z' and fields/TeamId eq 'T-O''Neil' and fields/State eq 'Open'",
    );
  });

  it('takes a whole day when on-or-before a date is asked of a date-and-time column', () => {
    const filter = buildFilter(listFor(siteSchema(), 'audits'), auditsMapping, {
      onOrBefore: { field: 'submittedAt', value: '2025-04-01' },
    });
    expect(filter).toBe("fields/SubmittedAt le '2025-04-01T23:59:59Z'");
  });

  it('asks for no filter when there is nothing to filter on', () => {
    expect(buildFilter(actions, actionsMapping, {})).toBeUndefined();
  });

  it('refuses, as a programming error, a field that is not indexed', () => {
    expect(() => buildFilter(actions, actionsMapping, { where: { description: 'x' } })).toThrow(
      /indexed/,
    );
    expect(() =>
      buildFilter(actions, actionsMapping, {
        onOrBefore: { field: 'completedAt', value: '2025-01-01' },
      }),
    ).toThrow(/indexed/);
  });
});
