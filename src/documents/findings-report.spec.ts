import { describe, expect, it } from 'vitest';
import { TARGET_RESULT_TEXT, reportFigures, shareText } from '../domain/reports';
import { findingsReportDocx } from './findings-report';
import { LABELS, fixtureInput, fixtureThemes } from './testing/report-fixture';
import { altTexts, hasLanguageEnGb, readDocx, tablesHaveHeaderRows } from './testing/read-docx';

const build = async (narrative = 'Practice is improving.\nChronologies need work.') => {
  const figures = reportFigures(fixtureInput());
  const bytes = await findingsReportDocx({
    cycleName: 'Cycle 1 2025',
    figures,
    themes: fixtureThemes,
    narrative,
    labels: LABELS,
    targets: fixtureInput().targets,
    generatedOn: '2025-05-01',
  });
  return { figures, doc: await readDocx(bytes) };
};

const built = build();

describe('findingsReportDocx', () => {
  it('prints the grade shares and targets exactly as the report figures give them', async () => {
    const { figures, doc } = await built;
    expect(figures.grades.total).toBe(10);
    expect(doc.paragraphs).toContain(`Good or better: ${shareText(figures.grades.goodOrBetter)}`);
    expect(doc.paragraphs).toContain(`Inadequate: ${shareText(figures.grades.inadequate)}`);
    expect(doc.paragraphs).toContain(
      `Good or better against target: ${TARGET_RESULT_TEXT[figures.grades.targets.goodOrBetter]} (at least 40%)`,
    );
    expect(doc.paragraphs).toContain(
      `Inadequate against target: ${TARGET_RESULT_TEXT[figures.grades.targets.inadequate]} (at most 10%)`,
    );
    expect(doc.paragraphs).toContain(
      `Audits completed: ${shareText(figures.completion.submitted)}`,
    );
    expect(doc.paragraphs).toContain(`Completed on time: ${shareText(figures.completion.onTime)}`);
    expect(doc.paragraphs).toContain(
      `Coverage (completed audits moderated): ${shareText(figures.moderation.coverage)}`,
    );
    expect(doc.paragraphs).toContain(
      `Closing the loop (of the actions due): ${shareText(figures.actions.closingTheLoop)}`,
    );
  });

  it('prints each grade count and each service by name', async () => {
    const { figures, doc } = await built;
    for (const [grade, n] of Object.entries(figures.grades.counts)) {
      expect(doc.paragraphs.join('|')).toContain(`|${grade}|${n}|`);
    }
    expect(doc.text).toContain('North service');
    expect(doc.text).toContain('South service');
    expect(doc.text).not.toContain('svc-north');
  });

  it('names Inadequate cases by case number and the themes with their example cases', async () => {
    const { figures, doc } = await built;
    expect(figures.inadequateCases.map((c) => c.caseNumber)).toEqual(['CF-100108', 'CF-100109']);
    for (const c of figures.inadequateCases) expect(doc.paragraphs).toContain(c.caseNumber);
    expect(doc.paragraphs).toContain('Drift and delay');
    expect(doc.paragraphs).toContain('CF-100100, CF-100102');
    expect(doc.paragraphs).toContain('South service 3');
  });

  it("carries the QA lead's narrative, one paragraph per line", async () => {
    const { doc } = await built;
    expect(doc.paragraphs).toContain('Practice is improving.');
    expect(doc.paragraphs).toContain('Chronologies need work.');
  });

  it('says no strongest or weakest area can be named when every area stands level', async () => {
    const { figures, doc } = await built;
    expect(figures.strongest).toEqual([]);
    expect(doc.text).toContain('No strongest or weakest area can be named');
  });

  it('is accessible: real headings, header rows, alt text with the figures, language en-GB', async () => {
    const { figures, doc } = await built;
    const h1 = doc.headings.filter((h) => h.style === 'Heading1').map((h) => h.text);
    expect(h1).toEqual([
      'Summary from the QA lead',
      'Completion and timeliness',
      'Grades',
      'By service, team and cohort',
      'By practice area',
      'Trend over cycles',
      'Moderation',
      'Actions and closing the loop',
      'Re-audits',
      'Feedback',
      'The audit of audits',
      'Auditor and moderator load',
      'Learning themes',
      'Cases graded Inadequate',
    ]);
    expect(doc.headings.some((h) => h.style === 'Heading2' && h.text === 'Drift per auditor')).toBe(
      true,
    );
    const alts = altTexts(doc.document);
    expect(alts).toHaveLength(2);
    for (const alt of alts) expect(alt.trim()).not.toBe('');
    expect(alts[0]).toContain(`Good or better: ${shareText(figures.grades.goodOrBetter)}`);
    expect(alts[1]).toContain('Cycle 1 2025');
    const tables = tablesHaveHeaderRows(doc.document);
    expect(tables.length).toBeGreaterThan(10);
    expect(tables.every(Boolean)).toBe(true);
    expect(hasLanguageEnGb(doc)).toBe(true);
  });
});
