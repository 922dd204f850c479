import Database from 'better-sqlite3';

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  template TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  change_seq INTEGER NOT NULL DEFAULT 0,
  next_item_id INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS columns (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  definition TEXT NOT NULL,
  PRIMARY KEY (list_id, name)
);
CREATE TABLE IF NOT EXISTS items (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  guid TEXT NOT NULL,
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  change_seq INTEGER NOT NULL,
  fields TEXT NOT NULL,
  PRIMARY KEY (list_id, id)
);
CREATE INDEX IF NOT EXISTS ix_items_created ON items (list_id, created);
CREATE INDEX IF NOT EXISTS ix_items_modified ON items (list_id, modified);
CREATE INDEX IF NOT EXISTS ix_items_change_seq ON items (list_id, change_seq);
CREATE TABLE IF NOT EXISTS drive_items (
  id TEXT PRIMARY KEY,
  parent_id TEXT REFERENCES drive_items(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  folder INTEGER NOT NULL,
  size INTEGER NOT NULL DEFAULT 0,
  mime TEXT,
  guid TEXT NOT NULL,
  version INTEGER NOT NULL,
  content_version INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS ix_drive_child ON drive_items (parent_id, name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS drive_versions (
  item_id TEXT NOT NULL REFERENCES drive_items(id) ON DELETE CASCADE,
  content_version INTEGER NOT NULL,
  size INTEGER NOT NULL,
  modified TEXT NOT NULL,
  PRIMARY KEY (item_id, content_version)
);
CREATE TABLE IF NOT EXISTS tombstones (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  change_seq INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  PRIMARY KEY (list_id, change_seq)
);
`;

/** Opens (and creates when new) the emulator's database. */
export function openDatabase(path: string): Db {
  const db = new Database(path);
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  return db;
}

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per database and SQL text. */
export function stmt(db: Db, sql: string): Database.Statement {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let prepared = byText.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    byText.set(sql, prepared);
  }
  return prepared;
}

export function readMeta(db: Db, key: string): string | undefined {
  const row = stmt(db, 'SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: Db, key: string, value: string): void {
  stmt(db, 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
}
