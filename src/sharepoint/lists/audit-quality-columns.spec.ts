import { describe, expect, it } from 'vitest';
import { buildModeration } from '../../../tests/sharepoint/builders';
import { FieldReader } from './field-reader';
import { moderationsMapping } from './moderations.mapping';

describe('the audit quality columns on the Moderations list', () => {
  it('an item from before the audit of audits reads as not scored, with no flags', () => {
    const fields = moderationsMapping.toFields(buildModeration('M-1', { auditQuality: null }));
    expect(fields.QualityEvidenceCited).toBeNull();
    const read = new FieldReader(fields);
    expect(moderationsMapping.fromFields(read).auditQuality).toBeNull();
    expect(read.flags).toEqual([]);
  });

  it('a rubric partly cleared in SharePoint reads as not scored, and is flagged', () => {
    const fields = { ...moderationsMapping.toFields(buildModeration()), QualityChildsVoice: null };
    const read = new FieldReader(fields);
    expect(moderationsMapping.fromFields(read).auditQuality).toBeNull();
    expect(read.flags.map((f) => f.field)).toEqual(['auditQuality']);
  });

  it('a score typed in SharePoint that is not on the rubric is flagged', () => {
    const fields = { ...moderationsMapping.toFields(buildModeration()), QualityChildsVoice: 'Yes' };
    const read = new FieldReader(fields);
    expect(moderationsMapping.fromFields(read).auditQuality).toBeNull();
    expect(read.flags.map((f) => f.field)).toEqual([
      'auditQuality.scores.childsVoiceConsidered',
      'auditQuality',
    ]);
  });
});
