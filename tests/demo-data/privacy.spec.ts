import { describe } from 'vitest';
import { privacyChecks } from './checks/privacy.checks';
import { data } from './fixture';

describe('demo data never names a child', () => {
  privacyChecks(data);
});
