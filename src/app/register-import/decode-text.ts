import chardet from 'chardet';
import iconv from 'iconv-lite';
import { RegisterFileError } from './register-file-error';

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

const BOMS: readonly [readonly number[], TextEncoding][] = [
  [[0xef, 0xbb, 0xbf], 'UTF-8'],
  [[0xff, 0xfe], 'UTF-16LE'],
  [[0xfe, 0xff], 'UTF-16BE'],
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((b, i) => bytes[i] === b);

const isUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false; // not UTF-8: the detector decides
  }
};

/**
 * What chardet's guess is read as. An English export that is not UTF-8 is Windows-1252 (Excel's
 * "CSV" on Windows); on short files chardet often names a neighbour of it (ISO-8859-2,
 * windows-1250), so any single-byte Latin guess is read as 1252.
 */
const fromGuess = (guess: string | null): TextEncoding | null => {
  const name = guess?.toUpperCase() ?? '';
  if (name === 'UTF-16LE' || name === 'UTF-16BE' || name === 'UTF-8') return name;
  if (/^(ISO-8859-\d+|WINDOWS-125\d)$/.test(name)) return 'Windows-1252';
  return null;
};

/**
 * The file's bytes as text: by its byte-order mark when it has one; as UTF-8 when every byte
 * sequence is valid UTF-8; otherwise as chardet (https://github.com/runk/node-chardet) guesses,
 * for the encodings a case management export comes in (UTF-16 from Excel's "Unicode text",
 * Windows-1252 from an older "CSV"). Anything else is refused in plain words.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const bom = BOMS.find(([prefix]) => startsWith(bytes, prefix));
  const encoding: TextEncoding | null =
    bom?.[1] ?? (isUtf8(bytes) ? 'UTF-8' : fromGuess(chardet.detect(bytes)));
  if (encoding === null) {
    throw new RegisterFileError(
      'The file is not text Audit Loop can read. Save it from the case management system or Excel as "CSV UTF-8".',
    );
  }
  const body = bom === undefined ? bytes : bytes.subarray(bom[0].length);
  const text = iconv.decode(Buffer.from(body), encoding === 'Windows-1252' ? 'win1252' : encoding);
  if (text.includes('\u0000')) {
    throw new RegisterFileError(
      `The file does not read as ${encoding} text. Save it from the case management system or Excel as "CSV UTF-8".`,
    );
  }
  return { text, encoding };
}
