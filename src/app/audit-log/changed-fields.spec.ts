import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields';

describe('changedFields', () => {
  it('names nested fields that changed, as dotted paths, and nothing else', () => {
    const before = { state: 'InProgress', areas: { planning: { grade: null, evidence: '' } } };
    const after = { state: 'InProgress', areas: { planning: { grade: 'Good', evidence: 'x' } } };
    expect(changedFields(before, after)).toEqual([
      'areas.planning.evidence',
      'areas.planning.grade',
    ]);
  });

  it('treats an array as one field and a new key as changed', () => {
    expect(changedFields({ a: [1] }, { a: [1, 2], b: true })).toEqual(['a', 'b']);
  });

  it('returns no field when nothing changed', () => {
    expect(changedFields({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
  });
});
