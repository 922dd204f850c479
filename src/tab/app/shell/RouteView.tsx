import { Suspense } from 'react';
import { EmptyState } from '../../common/EmptyState';
import { Loading } from '../../common/Loading';
import { PageHeader } from '../../common/PageHeader';
import { matchPattern } from '../router/match';
import { useRouter } from '../router/router-context';
import { ROUTES } from '../routes';

/** The page for the current hash route, loaded on demand. */
export function RouteView() {
  const { path, query } = useRouter();
  for (const route of ROUTES) {
    const params = matchPattern(route.pattern, path);
    if (params !== null) {
      const Page = route.page;
      return (
        <Suspense fallback={<Loading />}>
          <Page key={path} params={params} query={query} />
        </Suspense>
      );
    }
  }
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState title="There is no page at this address.">
        <a href="#/">Go to the home page</a>
      </EmptyState>
    </>
  );
}
