import type { RunningEmulator } from '../emulator';
import type { GraphStore } from '../sharepoint/store';

export interface OpenedStore {
  readonly store: GraphStore;
  /** The embedded SharePoint lists emulator, in local mode only. */
  readonly emulator: RunningEmulator | null;
}
