import { describe, expect, it } from 'vitest';
import { buildCard } from './index';
import schema from './schema/adaptive-card-1.5.0.json';
import { allInputs, executeActions } from './testing/card-walk';
import { createValidator } from './testing/json-schema';
import { ALL_SAMPLES, sampleName } from './testing/samples';

const validate = createValidator(schema);
const samples = ALL_SAMPLES.map((model, index) => [sampleName(model, index), model] as const);

describe('every card validates against the official Adaptive Card 1.5 schema', () => {
  // `msteams` is Teams' host extension (full width), which the Adaptive Cards schema leaves to
  // hosts: everything else is checked as the schema says.
  it.each(samples)('%s is valid, and full width in Teams', (_name, model) => {
    const { msteams, ...portable } = buildCard(model);
    expect(msteams).toEqual({ width: 'Full' });
    expect(validate(portable)).toEqual([]);
  });

  it.each(samples)('%s is version 1.5 with the schema, verbs, ids and labels', (_name, model) => {
    const card = buildCard(model);
    expect(card.version).toBe('1.5');
    expect(card.$schema).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
    for (const action of executeActions(card)) {
      expect(action.verb).not.toBe('');
      expect(action.data).toHaveProperty('version');
    }
    for (const input of allInputs(card)) {
      expect(input.id).not.toBe('');
      expect(input.label).not.toBe('');
      if (input.isRequired === true) expect(input.errorMessage).toBeTruthy();
    }
  });
});

describe('the schema validator', () => {
  const minimal = { type: 'AdaptiveCard', version: '1.5', body: [] };

  it('accepts a minimal card', () => {
    expect(validate(minimal)).toEqual([]);
  });

  it('rejects a property the schema does not know', () => {
    expect(validate({ ...minimal, colour: 'red' })).not.toEqual([]);
  });

  it('rejects a TextBlock without text', () => {
    expect(validate({ ...minimal, body: [{ type: 'TextBlock', wrap: true }] })).not.toEqual([]);
  });

  it('rejects an input without an id', () => {
    expect(validate({ ...minimal, body: [{ type: 'Input.Text', label: 'Evidence' }] })).not.toEqual(
      [],
    );
  });

  it('rejects an unknown action type and a wrongly typed value', () => {
    expect(validate({ ...minimal, actions: [{ type: 'Action.Http', title: 'Go' }] })).not.toEqual(
      [],
    );
    expect(validate({ ...minimal, body: [{ type: 'TextBlock', text: 1 }] })).not.toEqual([]);
  });

  it('rejects a value outside an enumeration', () => {
    const body = [{ type: 'TextBlock', text: 'Hello', size: 'enormous' }];
    expect(validate({ ...minimal, body })).not.toEqual([]);
  });
});
