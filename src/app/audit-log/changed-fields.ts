/**
 * Names of the fields that differ between two versions of a record, as dotted paths
 * (`areas.planning.grade`). Arrays count as one field. Values are never returned.
 */
export function changedFields(before: unknown, after: unknown, prefix = ''): string[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) =>
      changedFields(before[key], after[key], prefix === '' ? key : `${prefix}.${key}`),
    );
  }
  return JSON.stringify(before) === JSON.stringify(after)
    ? []
    : [prefix === '' ? '(record)' : prefix];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
