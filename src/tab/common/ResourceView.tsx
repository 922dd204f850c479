import type { ReactNode } from 'react';
import type { Resource } from '../api/use-resource';
import { ErrorState } from './ErrorState';
import { Loading } from './Loading';

export interface ResourceViewProps<T> {
  readonly resource: Resource<T>;
  readonly loadingLabel?: string;
  readonly children: (data: T) => ReactNode;
}

/** Loading, then the content, or an error with retry. */
export function ResourceView<T>({ resource, loadingLabel, children }: ResourceViewProps<T>) {
  switch (resource.status) {
    case 'loading':
      return <Loading {...(loadingLabel === undefined ? {} : { label: loadingLabel })} />;
    case 'error':
      return <ErrorState title="Could not load" error={resource.error} onRetry={resource.reload} />;
    case 'ready':
      return <>{children(resource.data)}</>;
  }
}
