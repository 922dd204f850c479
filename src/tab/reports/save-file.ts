/** Hands a downloaded file to the browser to save, under its own name. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** The financial year a cycle falls in ("2026" for April 2026 to March 2027). */
export const financialYearOf = (isoDate: string): string => {
  const year = Number(isoDate.slice(0, 4));
  return String(isoDate.slice(5) >= '04-01' ? year : year - 1);
};
