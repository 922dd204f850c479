import { describe } from 'vitest';
import { schemasChecks } from './checks/schemas.checks';
import { data } from './fixture';

describe('demo records pass the domain schemas', () => {
  schemasChecks(data);
});
