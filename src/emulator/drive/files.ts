import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * File content on disk beside the SQLite database (`{db}.files/`), one file per drive item,
 * written to a temporary name and renamed so a reader never sees half a file. An in-memory
 * database keeps its files in a temporary folder removed on close.
 */
export class FileStore {
  private readonly dir: string;
  private readonly temporary: boolean;

  constructor(dbPath: string) {
    this.temporary = dbPath === ':memory:';
    this.dir = this.temporary ? mkdtempSync(join(tmpdir(), 'emulator-files-')) : `${dbPath}.files`;
    mkdirSync(join(this.dir, 'uploads'), { recursive: true });
  }

  write(id: string, content: Buffer): void {
    const temp = join(this.dir, `${id}.partial`);
    writeFileSync(temp, content);
    renameSync(temp, join(this.dir, id));
  }

  read(id: string): Buffer {
    return readFileSync(join(this.dir, id));
  }

  /** Keeps the content as it stands as an earlier version, before new content replaces it. */
  keepVersion(id: string, version: number): void {
    copyFileSync(join(this.dir, id), join(this.dir, `${id}@${String(version)}`));
  }

  readVersion(id: string, version: number): Buffer {
    return readFileSync(join(this.dir, `${id}@${String(version)}`));
  }

  /** Removes an item's content and every earlier version of it. */
  remove(id: string): void {
    rmSync(join(this.dir, id), { force: true });
    for (const name of readdirSync(this.dir).filter((n) => n.startsWith(`${id}@`)))
      rmSync(join(this.dir, name), { force: true });
  }

  /** Where an upload session gathers its bytes until the last fragment arrives. */
  uploadPath(sessionId: string): string {
    return join(this.dir, 'uploads', sessionId);
  }

  close(): void {
    if (this.temporary) rmSync(this.dir, { recursive: true, force: true });
  }
}
