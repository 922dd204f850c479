import { describe, expect, it } from 'vitest';
import { LOCAL_TENANT_ID, LocalSessions } from './local-session';

describe('LocalSessions', () => {
  it('signs in as a synthetic staff member and reads the session back', async () => {
    const sessions = new LocalSessions();
    const token = await sessions.issue('local-oid-1');
    await expect(sessions.validate(token)).resolves.toEqual({
      oid: 'local-oid-1',
      tid: LOCAL_TENANT_ID,
    });
  });

  it('never accepts a session issued by another process', async () => {
    const token = await new LocalSessions().issue('local-oid-1');
    await expect(new LocalSessions().validate(token)).rejects.toThrow(/session rejected/);
  });

  it('rejects an expired session', async () => {
    const sessions = new LocalSessions();
    const token = await sessions.issue('local-oid-1', -10);
    await expect(sessions.validate(token)).rejects.toThrow(/session rejected/);
  });
});
