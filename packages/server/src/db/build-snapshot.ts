import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { connectDatabase } from './connect';
import { migrateDatabase } from './migrate';
import { SNAPSHOT_CACHE, snapshotPath } from './snapshot';

/**
 * Makes the migrated empty PGlite database that a new data folder starts from (see snapshot.ts), unless
 * today's is already there. Run by the build, where its initdb (several seconds) is paid once, not at the
 * first `npm start`. Returns the snapshot folder and whether this call made it.
 */
export async function buildEmptySnapshot(cache = SNAPSHOT_CACHE): Promise<{ path: string; built: boolean }> {
  const path = snapshotPath(cache);
  if (existsSync(path)) return { path, built: false };
  mkdirSync(cache, { recursive: true });
  // Made beside its final name and renamed when closed: two builds at once never see half of one.
  const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    const database = await connectDatabase({ pglite: await PGlite.create({ dataDir: partial }) });
    try {
      await migrateDatabase(database);
    } finally {
      await database.close();
    }
    if (existsSync(path)) rmSync(partial, { recursive: true, force: true });
    else renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  // Snapshots of earlier migrations are never used again (about 40 MB each).
  for (const old of readdirSync(cache))
    if (/^pglite-empty-[0-9a-f]{16}$/.test(old) && old !== basename(path))
      rmSync(join(cache, old), { recursive: true, force: true });
  return { path, built: true };
}
