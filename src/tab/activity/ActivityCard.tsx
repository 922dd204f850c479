import { useEffect, useRef, useState } from 'react';
import type { AdaptiveCard } from '../../cards/card-types';
import { ErrorState } from '../common/ErrorState';
import { renderCard } from './render-card';

export interface ActivityCardProps {
  readonly card: AdaptiveCard;
  readonly onExecute: (verb: string, data: Readonly<Record<string, unknown>>) => void;
}

/** One card, drawn by the Adaptive Cards renderer into a host element React leaves alone. */
export function ActivityCard({ card, onExecute }: ActivityCardProps) {
  const host = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<unknown>(null);
  const execute = useRef(onExecute);
  execute.current = onExecute;
  useEffect(() => {
    const element = host.current;
    if (element === null) return;
    renderCard(element, card, {
      onExecute: (verb, data) => {
        execute.current(verb, data);
      },
      onOpenUrl: (url) => {
        window.location.assign(url);
      },
    }).catch(setError);
  }, [card]);
  return error === null ? (
    <div ref={host} />
  ) : (
    <ErrorState title="This card could not be shown" error={error} />
  );
}
