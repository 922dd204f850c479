import { describe } from 'vitest';
import { generateSmallDemoData } from '../../src/demo-data/generate';
import { journeysChecks } from './checks/journeys.checks';
import { data } from './fixture';

describe('demo journeys follow the domain as it now is (full council)', () => {
  journeysChecks(data);
});

describe('demo journeys follow the domain as it now is (small council)', () => {
  journeysChecks(generateSmallDemoData());
});
