/**
 * A small JSON Schema (draft-06) validator for the keywords the official Adaptive Card 1.5
 * schema uses: $ref (local), type, enum, pattern, properties, additionalProperties, required,
 * items, anyOf and allOf. `format` and annotations (description, default, version…) are ignored.
 * Written for tests, so a card is checked against the vendored schema itself.
 */

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type Schema = { readonly [key: string]: Json };

export interface SchemaError {
  readonly path: string;
  readonly message: string;
}

const isObject = (value: unknown): value is { readonly [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const typeOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
};

const hasType = (value: unknown, type: string): boolean => {
  if (type === 'integer') return Number.isInteger(value);
  return typeOf(value) === type;
};

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const asSchema = (value: Json | undefined): Schema | undefined =>
  isObject(value) ? value : undefined;

const asSchemas = (value: Json | undefined): readonly Schema[] =>
  Array.isArray(value) ? value.filter(isObject) : [];

export const createValidator = (root: unknown): ((value: unknown) => readonly SchemaError[]) => {
  if (!isObject(root)) throw new Error('The schema must be an object.');
  const definitions = asSchema(root.definitions) ?? {};

  const resolve = (ref: string): Schema => {
    const name = ref.replace(/^#\/definitions\//, '');
    const found = asSchema(definitions[name]);
    if (found === undefined) throw new Error(`Unknown $ref ${ref}`);
    return found;
  };

  const check = (schema: Schema, value: unknown, path: string): SchemaError[] => {
    const errors: SchemaError[] = [];
    const fail = (message: string): void => {
      errors.push({ path, message });
    };
    const ref = schema.$ref;
    if (typeof ref === 'string') errors.push(...check(resolve(ref), value, path));

    const type = schema.type;
    if (typeof type === 'string' && !hasType(value, type)) fail(`expected ${type}`);
    if (Array.isArray(type) && !type.some((t) => typeof t === 'string' && hasType(value, t)))
      fail(`expected one of ${type.join(', ')}`);

    const allowed = schema.enum;
    if (Array.isArray(allowed) && !allowed.some((option) => sameJson(option, value)))
      fail(`${JSON.stringify(value)} is not one of ${JSON.stringify(allowed)}`);

    const pattern = schema.pattern;
    if (
      typeof pattern === 'string' &&
      typeof value === 'string' &&
      !new RegExp(pattern).test(value)
    )
      fail(`${value} does not match ${pattern}`);

    if (isObject(value)) {
      const properties = asSchema(schema.properties) ?? {};
      for (const name of asStrings(schema.required))
        if (!(name in value)) fail(`missing required property ${name}`);
      for (const [name, child] of Object.entries(value)) {
        const propertySchema = asSchema(properties[name]);
        if (propertySchema !== undefined) {
          errors.push(...check(propertySchema, child, `${path}/${name}`));
        } else if (schema.additionalProperties === false) {
          fail(`property ${name} is not allowed`);
        } else {
          const extra = asSchema(schema.additionalProperties);
          if (extra !== undefined) errors.push(...check(extra, child, `${path}/${name}`));
        }
      }
    }

    const items = asSchema(schema.items);
    if (items !== undefined && Array.isArray(value))
      value.forEach((item: unknown, index) => {
        errors.push(...check(items, item, `${path}/${String(index)}`));
      });

    for (const part of asSchemas(schema.allOf)) errors.push(...check(part, value, path));

    const anyOf = asSchemas(schema.anyOf);
    if (anyOf.length > 0) {
      const attempts = anyOf.map((option) => check(option, value, path));
      if (!attempts.some((attempt) => attempt.length === 0)) {
        const closest = attempts.reduce((a, b) => (b.length < a.length ? b : a));
        fail(`matches none of ${String(anyOf.length)} alternatives`);
        errors.push(...closest);
      }
    }
    return errors;
  };

  return (value) => check(root, value, '');
};

const asStrings = (value: Json | undefined): readonly string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
