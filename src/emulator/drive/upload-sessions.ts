import { randomBytes } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import type { ConflictBehavior } from './types.js';
import type { FileStore } from './files.js';

export interface UploadSession {
  id: string;
  parentId: string;
  name: string;
  behavior: ConflictBehavior;
  /** The If-Match given when the session was made, checked again at commit. */
  ifMatch?: string;
  total?: number;
  received: number;
  expires: number;
}

/** Sessions last a day here; Graph says only that they expire at `expirationDateTime`. */
const LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Upload sessions in memory, their bytes in a file each until the last fragment arrives. */
export class UploadSessions {
  private readonly sessions = new Map<string, UploadSession>();

  constructor(
    private readonly files: FileStore,
    private readonly now: () => number = Date.now,
  ) {}

  open(input: Omit<UploadSession, 'id' | 'received' | 'expires'>): UploadSession {
    const session = {
      ...input,
      id: randomBytes(24).toString('base64url'),
      received: 0,
      expires: this.now() + LIFETIME_MS,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string): UploadSession | undefined {
    const session = this.sessions.get(id);
    if (session && session.expires <= this.now()) {
      this.cancel(id);
      return undefined;
    }
    return session;
  }

  append(session: UploadSession, bytes: Buffer, total: number): void {
    appendFileSync(this.files.uploadPath(session.id), bytes);
    session.received += bytes.length;
    session.total = total;
  }

  content(session: UploadSession): Buffer {
    return session.received === 0
      ? Buffer.alloc(0)
      : readFileSync(this.files.uploadPath(session.id));
  }

  cancel(id: string): void {
    this.sessions.delete(id);
    rmSync(this.files.uploadPath(id), { force: true });
  }
}
