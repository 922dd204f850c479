/** No child is named, and no staff name reaches case-related records: run over any demo data. */
import { expect, it } from 'vitest';
import type { DemoData } from '../../../src/demo-data/generate';
import { FIRST_NAMES, SURNAMES } from '../../../src/demo-data/names';
import { knownPhrases } from '../../../src/demo-data/phrases';
import { AREAS } from '../../../src/domain/records';

const phrases = knownPhrases();
const FEEDBACK_FIELDS = ['childYoungPerson', 'parentsCarers', 'professionals', 'worker'] as const;
const MEASURE_FIELDS = ['quantity', 'quality', 'impact'] as const;

/** Every free-text field of the case-related records, by where it was found. */
const freeText = (data: DemoData): [string, string][] => [
  ...data.audits.flatMap((a): [string, string][] => [
    ...AREAS.flatMap((area): [string, string][] => [
      [`${a.id} ${area}.evidence`, a.areas[area].evidence],
      [`${a.id} ${area}.strengths`, a.areas[area].strengths],
      [`${a.id} ${area}.development`, a.areas[area].development],
    ]),
    ...FEEDBACK_FIELDS.map((k): [string, string] => [`${a.id} feedback.${k}`, a.feedback[k]]),
    ...MEASURE_FIELDS.map((k): [string, string] => [`${a.id} measures.${k}`, a.measures[k]]),
    [`${a.id} rationale`, a.rationale],
  ]),
  ...data.actions.flatMap((a): [string, string][] => [
    [`${a.id} description`, a.description],
    ...a.progress.map((p): [string, string] => [`${a.id} progress`, p.note]),
    ...a.supervisionReviews.map((r): [string, string] => [`${a.id} review`, r.note]),
    [`${a.id} evidence`, a.evidence],
    [`${a.id} returnReason`, a.returnReason],
    [`${a.id} notCompletedReason`, a.notCompletedReason],
  ]),
  ...data.moderations.flatMap((m): [string, string][] => [
    [`${m.id} reasons`, m.reasons],
    [`${m.id} learningNotes`, m.learningNotes],
  ]),
  ...data.feedback.map((f): [string, string] => [`${f.id} summary`, f.summary]),
  ...data.observations.flatMap((o): [string, string][] => [
    [`${o.id} strengths`, o.strengths],
    [`${o.id} development`, o.development],
    [`${o.id} learning`, o.learning],
  ]),
];

/** Every string anywhere in a record, however deep. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(strings)
      : [];

/** Every word made of letters, so a name is found whatever stands beside it. */
const words = (text: string): string[] => text.split(/[^A-Za-z]+/).filter((w) => w !== '');

const NAME_WORDS: ReadonlySet<string> = new Set([...FIRST_NAMES, ...SURNAMES]);

export const privacyChecks = (data: DemoData): void => {
  it('refers to cases by synthetic case number only, each unique', () => {
    for (const c of data.cases) {
      expect(c.caseNumber).toMatch(/^CF-\d{6}$/);
      expect(Object.keys(c).sort()).toEqual(
        ['allocatedWorkerId', 'caseNumber', 'cohort', 'open', 'serviceAreaId', 'teamId'].sort(),
      );
    }
    expect(new Set(data.cases.map((c) => c.caseNumber)).size).toBe(data.cases.length);
  });

  it('writes case-related free text only from the fixed phrase lists', () => {
    const text = freeText(data);
    expect(text.length).toBeGreaterThan(1000);
    const unknown = text.filter(([, value]) => value !== '' && !phrases.has(value));
    expect(unknown).toEqual([]);
  });

  it('has no name in any phrase, and no staff name anywhere in case-related records', () => {
    // Staff display names are made of these first names and surnames, and of nothing else.
    expect(data.staff.flatMap((s) => words(s.displayName)).every((w) => NAME_WORDS.has(w))).toBe(
      true,
    );
    const nameAt = (text: string) => words(text).find((w) => NAME_WORDS.has(w));
    expect([...phrases].filter((p) => nameAt(p) !== undefined)).toEqual([]);
    const records = [
      ...data.cases,
      ...data.audits,
      ...data.actions,
      ...data.moderations,
      ...data.feedback,
      ...data.observations,
    ];
    const found = records.flatMap(strings).filter((s) => nameAt(s) !== undefined);
    expect(found).toEqual([]);
  });

  it('gives staff distinct synthetic names and distinct version-4-looking object ids', () => {
    const names = data.staff.map((s) => s.displayName);
    expect(new Set(names).size).toBe(names.length);
    for (const s of data.staff) {
      expect(s.aadObjectId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
    expect(new Set(data.staff.map((s) => s.aadObjectId)).size).toBe(data.staff.length);
  });
};
