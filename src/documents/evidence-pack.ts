import JSZip from 'jszip';
import type { FieldIssue } from '../domain/errors';
import { invalid } from '../domain/errors';
import type { Result } from '../domain/result';
import { fail, ok } from '../domain/result';
import { dateText } from './figure-text';

/** One file of the pack: its name in the zip, what it is (for the index), and its bytes. */
export interface EvidenceFile {
  readonly name: string;
  readonly description: string;
  readonly data: Buffer | Uint8Array | string;
}

export interface EvidencePackInput {
  /** The period the pack covers, as it should read: "1 April 2025 to 31 March 2026". */
  readonly period: string;
  /** ISO date. */
  readonly generatedOn: string;
  readonly files: readonly EvidenceFile[];
}

export const README = 'README.txt';

const nameIssues = (files: readonly EvidenceFile[]): FieldIssue[] =>
  files.flatMap((f, i): FieldIssue[] => {
    const field = `files.${i}.name`;
    if (f.name.trim() === '' || /[/\\]|^\.+$/.test(f.name))
      return [{ field, message: `"${f.name}" is not a plain file name.` }];
    if (f.name.toLowerCase() === README.toLowerCase())
      return [{ field, message: `${README} is the pack's own index.` }];
    if (files.findIndex((g) => g.name.toLowerCase() === f.name.toLowerCase()) !== i)
      return [{ field, message: `"${f.name}" is in the pack twice.` }];
    return [];
  });

const readme = (input: EvidencePackInput): string =>
  [
    'Case file audit: evidence pack',
    `Period: ${input.period}`,
    `Produced on ${dateText(input.generatedOn)} by Audit Loop from the audit records.`,
    'Cases are named by case number only; no child is named in any file.',
    '',
    'Contents:',
    ...input.files.map((f) => `- ${f.name}: ${f.description}`),
    '',
  ].join('\r\n');

/** The Ofsted evidence pack: the period's documents in one .zip, with a README.txt index. */
export const evidencePackZip = async (input: EvidencePackInput): Promise<Result<Buffer>> => {
  const issues = nameIssues(input.files);
  if (issues.length > 0) return fail(invalid(issues));
  const zip = new JSZip();
  zip.file(README, readme(input));
  for (const f of input.files) zip.file(f.name, f.data);
  return ok(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
};
