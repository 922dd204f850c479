import { describe } from 'vitest';
import { statesChecks } from './checks/states.checks';
import { data, TODAY } from './fixture';

describe('demo audits and actions: every state, through the real lifecycle', () => {
  statesChecks(data, TODAY);
});
