/**
 * The draft-04 keywords the Teams manifest schema uses for the properties Audit Loop writes:
 * $ref (local), type, const, enum, pattern, maxLength, maxItems, uniqueItems, properties,
 * additionalProperties (false), required, items. Annotations are ignored.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { readonly [key: string]: Json };

export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

const hasType = (v: unknown, type: string) =>
  type === 'number'
    ? typeof v === 'number'
    : type === typeOf(v) || (type === 'number' && typeOf(v) === 'integer');

export function checkSchema(root: unknown, value: unknown): SchemaIssue[] {
  if (!isObject(root)) throw new Error('The schema must be an object.');
  const definitions = isObject(root['definitions']) ? root['definitions'] : {};
  const resolve = (schema: Schema): Schema => {
    const ref = schema['$ref'];
    if (typeof ref !== 'string') return schema;
    const target = definitions[ref.replace('#/definitions/', '')];
    if (!isObject(target)) throw new Error(`Unresolved $ref ${ref}`);
    return target;
  };
  const issues: SchemaIssue[] = [];
  const visit = (raw: Schema, v: unknown, path: string): void => {
    const s = resolve(raw);
    const fail = (message: string): void => {
      issues.push({ path: path === '' ? '/' : path, message });
    };
    if (typeof s['type'] === 'string' && !hasType(v, s['type'])) {
      fail(`must be ${s['type']}`);
      return;
    }
    if ('const' in s && JSON.stringify(s['const']) !== JSON.stringify(v)) {
      fail(`must be ${JSON.stringify(s['const'])}`);
      return;
    }
    if (
      Array.isArray(s['enum']) &&
      !s['enum'].some((e) => JSON.stringify(e) === JSON.stringify(v))
    ) {
      fail(`must be one of ${JSON.stringify(s['enum'])}`);
      return;
    }
    if (typeof v === 'string') {
      if (typeof s['maxLength'] === 'number' && v.length > s['maxLength'])
        fail(`longer than ${String(s['maxLength'])}`);
      if (typeof s['pattern'] === 'string' && !new RegExp(s['pattern']).test(v))
        fail(`does not match ${s['pattern']}`);
    }
    if (Array.isArray(v)) {
      if (typeof s['maxItems'] === 'number' && v.length > s['maxItems'])
        fail(`more than ${String(s['maxItems'])} items`);
      if (s['uniqueItems'] === true && new Set(v.map((i) => JSON.stringify(i))).size !== v.length)
        fail('items must be unique');
      const items = s['items'];
      if (isObject(items))
        v.forEach((item, i) => {
          visit(items, item, `${path}/${String(i)}`);
        });
    }
    if (isObject(v)) {
      const properties = isObject(s['properties']) ? s['properties'] : {};
      for (const name of Array.isArray(s['required']) ? s['required'] : []) {
        if (typeof name === 'string' && !(name in v)) fail(`${name} is required`);
      }
      for (const [name, child] of Object.entries(v)) {
        const rule = properties[name];
        if (isObject(rule)) visit(rule, child, `${path}/${name}`);
        else if (s['additionalProperties'] === false) fail(`${name} is not allowed`);
      }
    }
  };
  visit(root, value, '');
  return issues;
}
