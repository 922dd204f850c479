import { describe, expect, it } from 'vitest';
import { generateSmallDemoData } from '../../demo-data/generate';
import { FieldReader } from './field-reader';
import { reviewsMapping } from './reviews.mapping';

const review = generateSmallDemoData().reviews.at(0);
if (review === undefined) throw new Error('the demo has no review');

describe('the Reviews list', () => {
  it('reads back what it writes, questions, sample and answers included', () => {
    const read = new FieldReader(reviewsMapping.toFields(review));
    expect(reviewsMapping.fromFields(read)).toEqual(review);
    expect(read.flags).toEqual([]);
  });

  it('flags answers broken by a hand edit in SharePoint and reads them as none', () => {
    const fields = { ...reviewsMapping.toFields(review), Answers: '[{"caseNumber": 7}]' };
    const read = new FieldReader(fields);
    expect(reviewsMapping.fromFields(read).answers).toEqual([]);
    expect(read.flags.map((f) => f.field)).toEqual(['answers']);
  });

  it('keeps a full review well inside one note column', () => {
    for (const value of Object.values(reviewsMapping.toFields(review))) {
      if (typeof value === 'string') expect(value.length).toBeLessThan(63_999);
    }
  });
});
