import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { hrefTo } from '../app/router/match';

/** A link to a tab route; a plain anchor so it works with hash routing and deep links. */
export function RouteLink({ to, children }: { readonly to: string; readonly children: ReactNode }) {
  return <Link href={hrefTo(to)}>{children}</Link>;
}
