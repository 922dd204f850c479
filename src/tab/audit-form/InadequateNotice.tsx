import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export interface InadequateNoticeProps {
  readonly headOfService: string | null;
  readonly serviceName: string;
  readonly teamManager: string;
}

/** Said before submit: an Inadequate grade alerts the head of service and the team manager. */
export function InadequateNotice({
  headOfService,
  serviceName,
  teamManager,
}: InadequateNoticeProps) {
  return (
    <MessageBar intent="warning" layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>An Inadequate grade raises an immediate alert</MessageBarTitle>
        When you submit, {headOfService ?? 'the head of service'} (head of service, {serviceName})
        and {teamManager} (team manager) will be alerted straight away that this case needs
        immediate attention.
      </MessageBarBody>
    </MessageBar>
  );
}
