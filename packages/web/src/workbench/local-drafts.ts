import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Draft } from './draft';

/**
 * Unsaved work kept in this browser (IndexedDB) while it is typed, so a crash, a closed tab or a lost
 * session does not lose it: one entry per user and evaluation, written while there are unsaved changes
 * and removed once they are saved or discarded. `base` is the server version the edits started from,
 * so that restoring into a newer version can merge (workbench/merge.ts) instead of overwriting it.
 */
export interface LocalDraft {
  version: number;
  base: Draft;
  draft: Draft;
  /** ISO time of the last write. */
  savedAt: string;
}

let store: UseStore | undefined;
function drafts(): UseStore {
  store ??= createStore('jixiao-drafts', 'drafts');
  return store;
}

const keyOf = (userId: string, evaluationId: string) => `${userId}:${evaluationId}`;

/** Browsers without IndexedDB (some private modes) simply keep no local copy. */
async function quietly<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch {
    return undefined;
  }
}

export function readLocalDraft(userId: string, evaluationId: string): Promise<LocalDraft | undefined> {
  return quietly(() => get<LocalDraft>(keyOf(userId, evaluationId), drafts()));
}

export async function writeLocalDraft(
  userId: string,
  evaluationId: string,
  value: LocalDraft,
): Promise<void> {
  await quietly(() => set(keyOf(userId, evaluationId), value, drafts()));
}

export async function clearLocalDraft(userId: string, evaluationId: string): Promise<void> {
  await quietly(() => del(keyOf(userId, evaluationId), drafts()));
}
