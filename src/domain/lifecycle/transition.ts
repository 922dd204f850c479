import type { DomainEvent } from '../events/domain-event';

/** What every successful transition returns: the new record and the domain events it raises. */
export interface Transition<R> {
  readonly next: R;
  readonly events: readonly DomainEvent[];
}
