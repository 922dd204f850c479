import { GraphError } from '../http/graph-error.js';

/** The properties each resource type has in Graph v1.0 (selectable even when the emulator leaves them empty). */
export const PROPERTIES = {
  site: [
    'id',
    'createdDateTime',
    'description',
    'displayName',
    'eTag',
    'lastModifiedDateTime',
    'name',
    'root',
    'sharepointIds',
    'siteCollection',
    'webUrl',
    'createdBy',
    'lastModifiedBy',
    'parentReference',
    'isPersonalSite',
    'error',
  ],
  list: [
    'id',
    'createdBy',
    'createdDateTime',
    'description',
    'displayName',
    'eTag',
    'lastModifiedBy',
    'lastModifiedDateTime',
    'list',
    'name',
    'parentReference',
    'sharepointIds',
    'system',
    'webUrl',
    'columns',
    'contentTypes',
    'drive',
    'items',
    'operations',
    'subscriptions',
  ],
  listItem: [
    'id',
    'contentType',
    'createdBy',
    'createdDateTime',
    'description',
    'eTag',
    'lastModifiedBy',
    'lastModifiedDateTime',
    'name',
    'parentReference',
    'sharepointIds',
    'webUrl',
    'analytics',
    'deleted',
    'documentSetVersions',
    'driveItem',
    'fields',
    'versions',
  ],
  driveItem: [
    'id',
    'cTag',
    'createdBy',
    'createdDateTime',
    'description',
    'eTag',
    'file',
    'fileSystemInfo',
    'folder',
    'lastModifiedBy',
    'lastModifiedDateTime',
    'name',
    'parentReference',
    'root',
    'size',
    'webUrl',
    'children',
    'listItem',
    'permissions',
    'thumbnails',
    'versions',
    'deleted',
    'sharepointIds',
    'shared',
    'specialFolder',
    '@microsoft.graph.downloadUrl',
  ],
} as const;

export type ResourceType = keyof typeof PROPERTIES;

/** Reads `$select` into the property names it keeps, refusing a name the type does not have. */
export function parseSelect(text: string | null, type: ResourceType): Set<string> | undefined {
  if (text === null) return undefined;
  const known = new Map<string, string>(PROPERTIES[type].map((p) => [p.toLowerCase(), p]));
  const kept = new Set<string>();
  for (const raw of text.split(',')) {
    const name = raw.trim();
    if (name === '') continue;
    const property = known.get(name.toLowerCase());
    if (property === undefined)
      throw new GraphError(
        400,
        'BadRequest',
        `Could not find a property named '${name}' on type 'microsoft.graph.${type}'.`,
      );
    kept.add(property);
  }
  return kept;
}

/**
 * `$select` returns only the properties asked for (https://learn.microsoft.com/en-us/graph/query-parameters#select-parameter);
 * OData annotations such as `@odata.etag` stay. `always` names navigation properties the
 * request expanded, which `$expand` adds whatever `$select` says.
 */
export function applySelect(
  resource: Record<string, unknown>,
  select: Set<string> | undefined,
  always: readonly string[] = [],
): Record<string, unknown> {
  if (select === undefined) return resource;
  return Object.fromEntries(
    Object.entries(resource).filter(
      ([key]) => key.startsWith('@odata.') || select.has(key) || always.includes(key),
    ),
  );
}
