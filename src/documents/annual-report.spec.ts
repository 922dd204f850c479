import { describe, expect, it } from 'vitest';
import { aSubmittedAudit } from '../domain/fixtures/builders';
import { reportFigures, shareText } from '../domain/reports';
import { annualReportDocx } from './annual-report';
import { CYCLES, LABELS, aCycle, fixtureInput, fixtureThemes } from './testing/report-fixture';
import { altTexts, hasLanguageEnGb, readDocx, tablesHaveHeaderRows } from './testing/read-docx';

const base = fixtureInput();
const figures = reportFigures({
  ...base,
  cycles: [...CYCLES, aCycle('CYC-2025-2', 'Cycle 2 2025', '2025-04-15')],
  audits: [
    ...base.audits,
    ...Array.from({ length: 6 }, (_, i) =>
      aSubmittedAudit({
        id: `AUD-2-${i}`,
        cycleId: 'CYC-2025-2',
        caseNumber: `CF-1002${i}0`,
        overallGrade: 'Good',
      }),
    ),
  ],
});
const themes = [
  ...fixtureThemes,
  { ...fixtureThemes[1], cycleId: 'CYC-2025-2', audits: 1 } as (typeof fixtureThemes)[number],
];
const built = annualReportDocx({
  year: '2025 to 2026',
  figures,
  themes,
  schedule: [
    { activity: 'Case file audit', planned: 8, done: 7 },
    { activity: 'Findings report', planned: 8, done: 6 },
  ],
  narrative: 'A year of steady improvement.',
  labels: LABELS,
  generatedOn: '2026-04-01',
}).then(readDocx);

describe('annualReportDocx', () => {
  it("prints each of the year's cycles with its figures from the trend", async () => {
    const doc = await built;
    expect(figures.trend.map((t) => t.name)).toEqual(['Cycle 1 2025', 'Cycle 2 2025']);
    const rows = `${doc.paragraphs.join('|')}|`;
    expect(rows).toContain('|Cycle 1 2025|10|30%|');
    expect(rows).toContain('|Cycle 2 2025|6|100%|');
    expect(altTexts(doc.document)[0]).toBe(
      'Good or better by cycle: Cycle 1 2025, 30% of 10 audits; Cycle 2 2025, 100% of 6 audits.',
    );
  });

  it('prints the year’s grade shares, re-audits, actions closed and the schedule against plan', async () => {
    const doc = await built;
    expect(doc.paragraphs).toContain(`Good or better: ${shareText(figures.grades.goodOrBetter)}`);
    expect(`${doc.paragraphs.join('|')}|`).toContain(`|Closed|${figures.actions.counts.closed}|`);
    expect(doc.paragraphs).toContain(`Graded: ${figures.reaudits.graded}`);
    expect(`${doc.paragraphs.join('|')}|`).toContain('|Findings report|8|6|');
  });

  it('shows each theme once with the cycles it was confirmed in', async () => {
    const doc = await built;
    expect(`${doc.paragraphs.join('|')}|`).toContain(
      '|Drift and delay|Area for development|2|Cycle 1 2025: 3; Cycle 2 2025: 1|',
    );
    expect(`${doc.paragraphs.join('|')}|`).toContain(
      "|The child's lived experience|Strength|1|Cycle 1 2025: 6|",
    );
  });

  it('is accessible: headings, header rows, alt text, language en-GB', async () => {
    const doc = await built;
    const h1 = doc.headings.filter((h) => h.style === 'Heading1').map((h) => h.text);
    expect(h1).toContain('Learning themes over the year');
    expect(h1).toContain('Quality assurance schedule: done against planned');
    expect(h1).toContain('Re-audits');
    expect(altTexts(doc.document).every((a) => a.trim() !== '')).toBe(true);
    expect(tablesHaveHeaderRows(doc.document).every(Boolean)).toBe(true);
    expect(hasLanguageEnGb(doc)).toBe(true);
  });
});
