import { describe } from 'vitest';
import { generateSmallDemoData } from '../../src/demo-data/generate';
import { teamsChecks } from './checks/teams.checks';
import { data } from './fixture';

describe('cases match their team’s service (full council)', () => {
  teamsChecks(data);
});

describe('cases match their team’s service (small council)', () => {
  teamsChecks(generateSmallDemoData());
});
