/**
 * Columns of a case management export that could identify a child. They are dropped the moment
 * the file is read: never stored, never logged, never shown — the preview names the column only.
 */

/** 'Date of Birth ' → 'date of birth'; 'NHS_No.' → 'nhs no'. */
export const normaliseHeader = (header: string): string =>
  header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Words or phrases that, anywhere in a header, mark it as identifying. */
const IDENTIFYING = [
  /\bforenames?\b/,
  /\bsurnames?\b/,
  /\b(first|last|given|family|middle|full|maiden|preferred|birth|legal|child s?|person s?|client s?) names?\b/,
  /\bknown as\b/,
  /\baka\b/,
  /\bdate of birth\b/,
  /\bbirth ?date\b/,
  /\bdob\b/,
  /\bd o b\b/,
  /\bage\b/,
  /\baddress(es)?\b/,
  /\bpost ?codes?\b/,
  /\bzip\b/,
  /\bstreet\b/,
  /\bnhs\b/,
  /\bchi\b/,
  /\bupn\b/,
  /\buln\b/,
  /\bunique pupil\b/,
  /\bpupil (no|number|id)\b/,
  /\bnational insurance\b/,
  /\bni (no|number)\b/,
  /\bni?no\b/,
  /\bphone\b/,
  /\btelephone\b/,
  /\bmobile\b/,
  /\bgender\b/,
  /\bsex\b/,
  /\bethnicity\b/,
  /\breligion\b/,
  /\bschool\b/,
  /\bgp\b/,
  /\bphoto\b/,
];

/** Headers with "name" or "email" are identifying unless they name staff or a team. */
const STAFF_OR_TEAM =
  /\b(worker|social worker|practitioner|manager|team|service|staff|allocated)\b/;

/** Whether a column of this header could identify a child, and so is never read. */
export const isIdentifyingHeader = (header: string): boolean => {
  const h = normaliseHeader(header);
  if (IDENTIFYING.some((pattern) => pattern.test(h))) return true;
  if (/\b(names?|e ?mails?)\b/.test(h) && !STAFF_OR_TEAM.test(h)) return true;
  return false;
};
