/** A file saved in the site's document library (a report, a tracker, an evidence pack). */
export interface SavedDocument {
  readonly itemId: string;
  readonly name: string;
  /** The folder's path from the library's root, e.g. "Audit Loop reports/Cycle 3 2026". */
  readonly folder: string;
  readonly size: number;
  /** The current version, as SharePoint numbers them: "1.0", "2.0"… */
  readonly version: string;
  /** ISO timestamp of the last save. */
  readonly savedAt: string;
  /** Where SharePoint shows it (the library in a browser). */
  readonly webUrl: string;
}

export interface DocumentVersion {
  readonly id: string;
  readonly size: number;
  readonly savedAt: string;
}

/**
 * The site's document library, where the reports and trackers are kept: a folder per cycle,
 * each save of the same name a new version of the same file.
 */
export interface DocumentLibrary {
  /** Saves the content as `folder/name`: a new file, or a new version of the one there. */
  save(
    folder: readonly string[],
    name: string,
    content: Uint8Array,
    contentType: string,
  ): Promise<SavedDocument>;
  /** The files in a folder, by name (none when the folder does not exist yet). */
  list(folder: readonly string[]): Promise<SavedDocument[]>;
  /** A file by its item id, or null when there is none. */
  get(itemId: string): Promise<SavedDocument | null>;
  read(itemId: string): Promise<Uint8Array>;
  /** Every version of a file, newest first. */
  versions(itemId: string): Promise<DocumentVersion[]>;
}
