import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reportFigures } from '../domain/reports';
import { csvText } from './csv';
import { README, evidencePackZip } from './evidence-pack';
import { sevenMinuteBriefingDocx } from './seven-minute-briefing';
import { briefingDraft } from './briefing-draft';
import { fixtureInput, fixtureThemes } from './testing/report-fixture';

const register = csvText(
  ['Case number', 'Grade'],
  [
    ['CF-100100', 'Outstanding'],
    ['=HYPERLINK("x")', 'Good, "quoted"'],
  ],
);

describe('evidencePackZip', () => {
  it('packs the documents with a README index listing each', async () => {
    const briefing = await sevenMinuteBriefingDocx({
      cycleName: 'Cycle 1 2025',
      sections: briefingDraft(reportFigures(fixtureInput()), fixtureThemes),
    });
    const result = await evidencePackZip({
      period: '1 April 2025 to 31 March 2026',
      generatedOn: '2026-04-01',
      files: [
        {
          name: 'seven-minute-briefing.docx',
          description: 'Seven-minute briefing',
          data: briefing,
        },
        { name: 'audit-register.csv', description: 'Audit register with grades', data: register },
      ],
    });
    if (!result.ok) throw new Error(result.error.message);
    const zip = await JSZip.loadAsync(result.value);
    expect(Object.keys(zip.files)).toEqual([
      README,
      'seven-minute-briefing.docx',
      'audit-register.csv',
    ]);
    const index = (await zip.file(README)?.async('string')) ?? '';
    expect(index).toContain('Period: 1 April 2025 to 31 March 2026');
    expect(index).toContain('- seven-minute-briefing.docx: Seven-minute briefing');
    expect(index).toContain('- audit-register.csv: Audit register with grades');
    const packed = await zip.file('seven-minute-briefing.docx')?.async('nodebuffer');
    expect(packed?.equals(briefing)).toBe(true);
    expect(await zip.file('audit-register.csv')?.async('string')).toBe(register);
  });

  it('refuses a path, a repeated name, or a file called README.txt', async () => {
    const result = await evidencePackZip({
      period: 'x',
      generatedOn: '2026-04-01',
      files: [
        { name: '../a.csv', description: '', data: '' },
        { name: 'b.csv', description: '', data: '' },
        { name: 'B.csv', description: '', data: '' },
        { name: 'readme.txt', description: '', data: '' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.reason).toBe('invalid');
    expect(result.error.issues.map((i) => i.field)).toEqual([
      'files.0.name',
      'files.2.name',
      'files.3.name',
    ]);
  });
});

describe('csvText', () => {
  it('quotes commas and quotes, and keeps a formula as text', () => {
    expect(register).toBe(
      '\uFEFFCase number,Grade\r\nCF-100100,Outstanding\r\n"\'=HYPERLINK(""x"")","Good, ""quoted"""\r\n',
    );
  });
});
