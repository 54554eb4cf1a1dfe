import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JixiaoError } from '@jixiao/domain';
import { serverMessage as m } from '../messages';

/**
 * PGlite has no lock of its own across processes (two could open one folder and corrupt it), so the data
 * folder carries a lock file with the owner's pid. A lock left by a process that died (SIGKILL, power cut)
 * is taken over; one held by a live process refuses with a clear message.
 */
const heldHere = new Set<string>();

export function acquireDataLock(dir: string): () => void {
  const file = join(dir, 'jixiao.lock');
  const key = resolve(file);
  let holder: number | undefined;
  try {
    holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
  } catch {
    holder = undefined;
  }
  // Our own pid in a lock we do not hold is a previous life of this container (pids restart at 1): stale.
  const ours = holder === process.pid && !heldHere.has(key);
  if (holder && !ours && isAlive(holder)) {
    throw new JixiaoError('CONFLICT', m('data.folderInUse', { dir, pid: String(holder) }));
  }
  writeFileSync(file, String(process.pid));
  heldHere.add(key);
  return () => {
    heldHere.delete(key);
    rmSync(file, { force: true });
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
