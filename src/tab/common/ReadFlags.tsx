import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReadFlag } from '../../contract/common';

/** Values that could not be read after a hand edit in SharePoint, named so someone can fix them. */
export function ReadFlags({ flags }: { readonly flags: readonly ReadFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Some values could not be read</MessageBarTitle>
        {flags.map((flag) => `${flag.field}: ${flag.message}`).join('; ')}. The QA lead can correct
        them in SharePoint.
      </MessageBarBody>
    </MessageBar>
  );
}
