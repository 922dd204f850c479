/** Hash routes: `#/audits/A-1?tab=x` → path '/audits/A-1', query 'tab=x'. */
export interface Location {
  readonly path: string;
  readonly query: URLSearchParams;
}

export const parseHash = (hash: string): Location => {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  return {
    path: path.length > 1 ? path.replace(/\/+$/, '') : path,
    query: new URLSearchParams(queryPart),
  };
};

export type Params = Readonly<Partial<Record<string, string>>>;

/** Matches '/audits/:id' against '/audits/A-1' → { id: 'A-1' }; null when it does not match. */
export const matchPattern = (pattern: string, path: string): Params | null => {
  const want = pattern.split('/').filter((s) => s !== '');
  const got = path.split('/').filter((s) => s !== '');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const actual = got[index] ?? '';
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(actual);
    else if (segment !== actual) return null;
  }
  return params;
};

/** The href of a tab route, e.g. hrefTo('/audits/A 1') → '#/audits/A%201'. */
export const hrefTo = (path: string, query?: Readonly<Record<string, string>>): string => {
  const encoded = path
    .split('/')
    .map((s) => encodeURIComponent(decodeURIComponent(s)))
    .join('/');
  const q = query === undefined ? '' : new URLSearchParams(query).toString();
  return `#${encoded}${q === '' ? '' : `?${q}`}`;
};
