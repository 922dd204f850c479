/**
 * The council size: its counts and spread, the same data for the same seed and day, and every
 * check the full demo passes (states, schemas, privacy, teams, journeys) over all of its records.
 * The data is generated once for the file (about 16 s on the development machine).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DemoData } from '../../src/demo-data/generate';
import { generateCouncilDemoData } from '../../src/demo-data/generate';
import { journeysChecks } from './checks/journeys.checks';
import { privacyChecks } from './checks/privacy.checks';
import { schemasChecks } from './checks/schemas.checks';
import { statesChecks } from './checks/states.checks';
import { teamsChecks } from './checks/teams.checks';
import { councilCountsChecks } from './checks/council-counts.checks';
import { SEED, TODAY } from './fixture';

const council: DemoData = generateCouncilDemoData({ seed: SEED, today: TODAY });
const digest = (data: DemoData): string =>
  createHash('sha256').update(JSON.stringify(data)).digest('hex');

describe('generateCouncilDemoData: a large council', () => {
  councilCountsChecks(council, TODAY);
});

describe('generateCouncilDemoData: determinism', () => {
  it('gives the same data for the same seed and day', () => {
    expect(digest(generateCouncilDemoData({ seed: SEED, today: TODAY }))).toBe(digest(council));
  }, 180_000);
});

describe('the council data: every audit and action through the real lifecycle', () => {
  statesChecks(council, TODAY);
});

describe('the council data: the domain as it now is', () => {
  journeysChecks(council);
});

describe('the council data: cases match their team’s service', () => {
  teamsChecks(council);
});

describe('the council data: every record passes the domain schemas', () => {
  schemasChecks(council);
});

describe('the council data never names a child', () => {
  privacyChecks(council);
});
