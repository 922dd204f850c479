import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/app/config/config';
import { Directory } from '../../src/app/directory/directory';
import { ReadModel } from '../../src/app/read-model/read-model';
import { generateSmallDemoData } from '../../src/demo-data/generate';
import { loadDemoIfEmpty, openLocalSite } from '../../src/start/local-mode';

const localStore = (env: Record<string, string>) => {
  const { store } = loadConfig(env);
  if (store.mode !== 'local') throw new Error('expected local mode');
  return store;
};

describe('AUDITLOOP_DEMO_SIZE picks the size of the demo data', () => {
  it('is full by default, and takes small, full or council', () => {
    expect(localStore({}).demoSize).toBe('full');
    for (const size of ['small', 'full', 'council']) {
      expect(localStore({ AUDITLOOP_DEMO_SIZE: size }).demoSize).toBe(size);
    }
  });

  it('stops start-up, naming the setting, for any other size', () => {
    expect(() => loadConfig({ AUDITLOOP_DEMO_SIZE: 'huge' })).toThrow(ConfigError);
    expect(() => loadConfig({ AUDITLOOP_DEMO_SIZE: 'huge' })).toThrow(/AUDITLOOP_DEMO_SIZE/);
  });

  it('loads the configured size into an empty local site', async () => {
    const store = localStore({ AUDITLOOP_DEMO_SIZE: 'small' });
    const opened = await openLocalSite(store, { inMemory: true, progress: () => undefined });
    try {
      const directory = new Directory(new ReadModel(opened.store));
      await directory.refresh();
      const lines: string[] = [];
      const progress = (line: string) => {
        lines.push(line);
      };
      await loadDemoIfEmpty(opened, directory, { demo: 'full', today: '2026-11-25', progress });
      expect(directory.allStaff()).toHaveLength(generateSmallDemoData().staff.length);
      expect(lines.join('\n')).toContain('small size');
    } finally {
      await opened.emulator?.close();
    }
  });
});
