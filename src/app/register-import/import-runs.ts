import type { Store, Versioned } from '../../domain/ports';
import type { RegisterImport } from '../../domain/register/register-import';

/** An import this instance is running: its record as last written, and when it ends. */
export interface ImportRun {
  record: Versioned<RegisterImport>;
  readonly finished: Promise<void>;
}

const runs = new WeakMap<Store, Map<string, ImportRun>>();

/** The imports running in this process against this store, by import id. */
export const importRuns = (store: Store): Map<string, ImportRun> => {
  let held = runs.get(store);
  if (held === undefined) {
    held = new Map();
    runs.set(store, held);
  }
  return held;
};
