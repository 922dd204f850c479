import { describe, expect, it } from 'vitest';
import { STATE_LABELS } from '../../domain/records/labels';
import { stateLabel } from './badges';

describe('state labels (issue 12, item 8)', () => {
  it('puts every record state in plain words, never the code', () => {
    for (const [code, words] of Object.entries(STATE_LABELS)) expect(stateLabel(code)).toBe(words);
    expect(stateLabel('InProgress')).toBe('In progress');
    expect(stateLabel('NotCompleted')).toBe('Not completed');
  });
});
