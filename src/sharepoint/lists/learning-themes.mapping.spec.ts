import { describe, expect, it } from 'vitest';
import { generateSmallDemoData } from '../../demo-data/generate';
import { FieldReader } from './field-reader';
import { learningThemesMapping } from './learning-themes.mapping';
import { themeDecisionsMapping } from './theme-decisions.mapping';

const demo = generateSmallDemoData();
const first = demo.learningThemes.at(0);
if (first === undefined) throw new Error('the demo has no theme');

describe('the Learning themes list', () => {
  it('reads back every theme of the demo vocabulary as written', () => {
    for (const theme of demo.learningThemes) {
      const read = new FieldReader(learningThemesMapping.toFields(theme));
      expect(learningThemesMapping.fromFields(read)).toEqual(theme);
      expect(read.flags).toEqual([]);
    }
  });

  it('reads phrases the QA lead typed in SharePoint, one a line or separated by semicolons', () => {
    const fields = {
      ...learningThemesMapping.toFields(first),
      Phrases: 'drift\r\n  delay ; not progressing\n\n',
    };
    const read = new FieldReader(fields);
    expect(learningThemesMapping.fromFields(read).phrases).toEqual([
      'drift',
      'delay',
      'not progressing',
    ]);
  });

  it('flags a kind that is not Strength or Development', () => {
    const fields = {
      ...learningThemesMapping.toFields(first),
      ThemeKind: 'Both',
    };
    const read = new FieldReader(fields);
    expect(read.flags).toEqual([]);
    learningThemesMapping.fromFields(read);
    expect(read.flags.map((f) => f.field)).toEqual(['kind']);
  });
});

describe('the Theme decisions list', () => {
  it('reads back every decision of the demo as written', () => {
    expect(demo.themeDecisions.length).toBeGreaterThan(0);
    for (const decision of demo.themeDecisions) {
      const read = new FieldReader(themeDecisionsMapping.toFields(decision));
      expect(themeDecisionsMapping.fromFields(read)).toEqual(decision);
      expect(read.flags).toEqual([]);
    }
  });

  it('reads a merge with no theme to merge into, edited by hand, as rejected', () => {
    const merged = demo.themeDecisions.find((d) => d.decision === 'Merged');
    if (merged === undefined) throw new Error('the demo has no merge');
    const fields = { ...themeDecisionsMapping.toFields(merged), MergedIntoThemeId: null };
    const read = new FieldReader(fields);
    expect(themeDecisionsMapping.fromFields(read)).toMatchObject({
      decision: 'Rejected',
      mergedIntoThemeId: null,
    });
  });
});
