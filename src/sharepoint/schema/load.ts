import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { listSchema, type ListSchema, type SiteSchema } from './site-schema';

const siteIndex = z.object({ lists: z.array(z.string().regex(/^[a-z-]+$/)).min(1) });

const DEFAULT_DIR = new URL('../../../manifest/', import.meta.url);

function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8')) as unknown;
}

function fail(file: string, error: z.ZodError): never {
  const issues = error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`manifest/${file} is not a valid site schema: ${issues}`);
}

/** Reads and validates `manifest/site.json` and its lists; throws naming the file and field. */
export function loadSiteSchema(dir: URL = DEFAULT_DIR): SiteSchema {
  const index = siteIndex.safeParse(readJson(new URL('site.json', dir)));
  if (!index.success) fail('site.json', index.error);
  const lists: ListSchema[] = index.data.lists.map((file) => {
    const parsed = listSchema.safeParse(readJson(new URL(`lists/${file}.json`, dir)));
    if (!parsed.success) fail(`lists/${file}.json`, parsed.error);
    return { ...parsed.data, file };
  });
  checkReferences(lists);
  return { lists };
}

function checkReferences(lists: readonly ListSchema[]): void {
  lists.forEach((list, position) => {
    const names = new Set<string>();
    for (const column of list.columns) {
      if (names.has(column.name)) throw new Error(`${list.file}: column ${column.name} twice`);
      names.add(column.name);
      if (column.lookupList === undefined) continue;
      const target = lists.findIndex((l) => l.file === column.lookupList);
      if (target < 0 || target >= position)
        throw new Error(`${list.file}.${column.name}: lookup target must be an earlier list`);
    }
    const id = list.columns.find((c) => c.name === 'RecordId');
    if (!id?.unique) throw new Error(`${list.file}: needs a unique indexed RecordId column`);
    for (const view of list.views)
      for (const col of view.columns)
        if (!names.has(col)) throw new Error(`${list.file} view ${view.name}: no column ${col}`);
  });
}

let cached: SiteSchema | undefined;

/** The repository's own manifest, loaded once. */
export function siteSchema(): SiteSchema {
  cached ??= loadSiteSchema();
  return cached;
}
