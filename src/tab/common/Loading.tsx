import { Spinner } from '@fluentui/react-components';

export function Loading({ label = 'Loading…' }: { readonly label?: string }) {
  return <Spinner label={label} labelPosition="below" size="medium" />;
}
