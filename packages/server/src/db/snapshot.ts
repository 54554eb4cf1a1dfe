import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The migrated empty PGlite database, made once by the build (scripts/build.mjs → build-snapshot.ts) and
 * copied into a new data folder at its first start: a fresh folder then opens like an existing one instead
 * of running initdb (most of a first start) and replaying every migration. The migrations still run after
 * the copy (no-ops then), so a folder restored from an older snapshot still gets the newer ones.
 */

const HERE = dirname(fileURLToPath(import.meta.url));
/** Same depth from src/db and dist/db. */
const SERVER_ROOT = join(HERE, '../..');
const MIGRATIONS = join(SERVER_ROOT, 'drizzle');
/** Beside the installed packages, so it outlives rebuilds (dist is wiped) and goes with a fresh install. */
export const SNAPSHOT_CACHE = join(SERVER_ROOT, '../../node_modules/.cache/jixiao');

const require = createRequire(import.meta.url);

/** The version of an installed package, read from its package.json next to its resolved entry. */
function installedVersion(name: string, entry: string): string {
  let dir = dirname(require.resolve(entry));
  while (!existsSync(join(dir, 'package.json')) || !dir.endsWith(name)) {
    const up = dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
  const manifest: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return typeof manifest === 'object' && manifest && 'version' in manifest ? String(manifest.version) : '';
}

/**
 * What the snapshot depends on: every migration file and the journal, the PGlite build (its data format)
 * and pg-boss (its schema is installed with the migrations). Any change makes a new snapshot.
 */
export function snapshotKey(migrationsFolder = MIGRATIONS): string {
  const hash = createHash('sha256');
  const files = readdirSync(migrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  for (const f of files) hash.update(f).update(readFileSync(join(migrationsFolder, f)));
  hash.update(readFileSync(join(migrationsFolder, 'meta/_journal.json')));
  hash.update(`pglite ${installedVersion('pglite', '@electric-sql/pglite')}`);
  hash.update(`pg-boss ${installedVersion('pg-boss', 'pg-boss')}`);
  return hash.digest('hex').slice(0, 16);
}

/** The snapshot folder for today's migrations (a PGlite data folder; present only once complete). */
export function snapshotPath(cache = SNAPSHOT_CACHE, key = snapshotKey()): string {
  return join(cache, `pglite-empty-${key}`);
}

/** A data folder PGlite has never written: missing, or empty. */
function isFresh(pgliteDir: string): boolean {
  return !existsSync(pgliteDir) || readdirSync(pgliteDir).length === 0;
}

/**
 * Copies the snapshot into `pgliteDir` when that folder is fresh and a snapshot of today's migrations
 * exists; returns whether it did. The copy lands beside the target and is renamed into place, so a start
 * cut short never leaves half a database. The caller holds the data folder's lock.
 */
export function restoreEmptySnapshot(pgliteDir: string, cache = SNAPSHOT_CACHE): boolean {
  if (!isFresh(pgliteDir)) return false;
  const source = snapshotPath(cache);
  if (!existsSync(source)) return false;
  const partial = `${pgliteDir}.restoring`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(source, partial, { recursive: true });
  rmSync(pgliteDir, { recursive: true, force: true });
  renameSync(partial, pgliteDir);
  return true;
}
