/** The full demo data as the report describes it, generated once per test file. */
import type { DemoData } from '../../src/demo-data/generate';
import { generateDemoData } from '../../src/demo-data/generate';
import type { Action } from '../../src/domain/records';

export const SEED = 20261125;
export const TODAY = '2026-11-25';

export const data: DemoData = generateDemoData({ seed: SEED, today: TODAY });

/** Within ±10% of the target. */
export const about = (target: number): [number, number] => [
  Math.floor(target * 0.9),
  Math.ceil(target * 1.1),
];

export const countBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

export const isUnfinished = (action: Action): boolean =>
  action.state === 'Open' || action.state === 'InProgress';
