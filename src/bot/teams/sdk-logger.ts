import type { AppOptions } from '@microsoft/teams.apps';
import type { Logger } from '../../app/logger';

type SdkLogger = NonNullable<AppOptions<never>['logger']>;

const firstText = (parts: readonly unknown[]): string =>
  typeof parts[0] === 'string' ? parts[0].slice(0, 200) : 'Teams SDK message';

/**
 * The SDK's logger, onto ours. Only the SDK's own message text is kept, never the objects it
 * passes along (whole activities: names and message text). Debug and trace are dropped.
 */
export function sdkLogger(logger: Logger): SdkLogger {
  const quiet = () => undefined;
  const adapter: SdkLogger = {
    debug: quiet,
    trace: quiet,
    info: quiet,
    warn: (...parts: unknown[]) => {
      logger.warn(firstText(parts), { source: 'teams-sdk' });
    },
    error: (...parts: unknown[]) => {
      logger.error(firstText(parts), { source: 'teams-sdk' });
    },
    log: quiet,
    child: () => adapter,
  };
  return adapter;
}
