import { describe, expect, it } from 'vitest';
import { reportFigures, shareText } from '../domain/reports';
import { briefingDraft } from './briefing-draft';
import { BRIEFING_HEADINGS } from './briefing-headings';
import { sevenMinuteBriefingDocx } from './seven-minute-briefing';
import { fixtureInput, fixtureThemes } from './testing/report-fixture';
import { hasLanguageEnGb, readDocx } from './testing/read-docx';

const figures = reportFigures(fixtureInput());

describe('briefingDraft', () => {
  it('pre-fills the key information from the figures and the confirmed themes', () => {
    const draft = briefingDraft(figures, fixtureThemes);
    expect(Object.keys(draft)).toEqual([...BRIEFING_HEADINGS]);
    expect(draft['Key information: what we found']).toContain(
      `Good or better: ${shareText(figures.grades.goodOrBetter)}.`,
    );
    expect(draft['Key information: what works well']).toEqual([
      "The child's lived experience: seen in 6 audits.",
    ]);
    expect(draft['Key information: what needs to change']).toEqual([
      'Drift and delay: seen in 3 audits.',
    ]);
    expect(draft['What to do'].some((q) => q.includes('Drift and delay') && q.endsWith('?'))).toBe(
      true,
    );
  });

  it('stays short enough for one page (about 2,400 characters at 10pt, narrow margins)', () => {
    const draft = briefingDraft(figures, fixtureThemes);
    expect(Object.values(draft).flat().join(' ').length).toBeLessThan(2400);
  });

  it('names no case in the briefing', () => {
    const draft = briefingDraft(figures, fixtureThemes);
    expect(JSON.stringify(draft)).not.toMatch(/CF-\d+/);
  });

  it('says so when no theme is confirmed yet', () => {
    const draft = briefingDraft(figures, []);
    expect(draft['Key information: what works well']).toEqual(['No strengths confirmed yet.']);
  });
});

describe('sevenMinuteBriefingDocx', () => {
  it('has exactly the seven headings, in order, each with the edited lines', async () => {
    const sections = {
      ...briefingDraft(figures, fixtureThemes),
      Background: ['Edited by the QA lead.'],
    };
    const doc = await readDocx(
      await sevenMinuteBriefingDocx({ cycleName: 'Cycle 1 2025', sections }),
    );
    expect(doc.headings.filter((h) => h.style === 'Heading1').map((h) => h.text)).toEqual([
      ...BRIEFING_HEADINGS,
    ]);
    expect(
      doc.headings.filter((h) => h.style.startsWith('Heading') && h.style !== 'Heading1'),
    ).toEqual([]);
    expect(doc.paragraphs).toContain('Edited by the QA lead.');
    expect(doc.paragraphs).toContain(`Good or better: ${shareText(figures.grades.goodOrBetter)}.`);
    const order = BRIEFING_HEADINGS.map((h) => doc.paragraphs.indexOf(h));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(doc.paragraphs.indexOf('Edited by the QA lead.')).toBe(
      doc.paragraphs.indexOf('Background') + 1,
    );
    expect(hasLanguageEnGb(doc)).toBe(true);
  });
});
