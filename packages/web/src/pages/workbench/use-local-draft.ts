import { useCallback, useEffect, useRef, useState } from 'react';
import { diffDrafts, sameContent } from '../../workbench/diff';
import type { Draft } from '../../workbench/draft';
import {
  clearLocalDraft,
  type LocalDraft,
  readLocalDraft,
  writeLocalDraft,
} from '../../workbench/local-drafts';
import { merge3 } from '../../workbench/merge';
import type { useEvaluationEditor } from './use-evaluation-editor';

/** How long typing may pause before the draft is written to this browser. */
const WRITE_DELAY_MS = 400;

export interface DraftOffer {
  local: LocalDraft;
  /** Paths where the kept draft differs from the version just opened. */
  paths: string[];
}

/**
 * Keeps unsaved changes in this browser while they are typed (workbench/local-drafts.ts) and, when the
 * evaluation is opened again with such a draft left over (a crash, a closed tab), offers to restore it
 * with what differs. Restoring into a version the server has moved on from merges three ways (the draft's
 * own base, the draft, the server's version), the draft winning where both changed the same field.
 * Nothing is written or cleared until the leftover draft has been offered, so opening never loses it.
 */
export function useLocalDraft(
  ed: ReturnType<typeof useEvaluationEditor>,
  userId: string | undefined,
  readOnly: boolean,
) {
  const { record, draft, saved, dirty, update } = ed;
  const [offer, setOffer] = useState<DraftOffer>();
  const [checked, setChecked] = useState(false);
  const pending = useRef<() => void>(undefined);
  const id = record.id;

  /** What was opened: the leftover draft is compared with this, once per evaluation and user. */
  const opened = useRef({ saved, readOnly });
  useEffect(() => {
    if (!userId) return;
    let alive = true;
    const { saved: content, readOnly: locked } = opened.current;
    void readLocalDraft(userId, id).then((local) => {
      if (!alive) return;
      if (local && !locked && !sameContent(local.draft, content)) {
        setOffer({ local, paths: diffDrafts(local.draft, content).map((d) => d.path) });
      } else setChecked(true);
    });
    return () => {
      alive = false;
    };
  }, [userId, id]);

  useEffect(() => {
    if (!userId || !checked || readOnly) return;
    if (!dirty) {
      void clearLocalDraft(userId, id);
      return;
    }
    const value: LocalDraft = {
      version: record.version,
      base: saved,
      draft,
      savedAt: new Date().toISOString(),
    };
    const write = () => {
      pending.current = undefined;
      void writeLocalDraft(userId, id, value);
    };
    pending.current = write;
    const timer = setTimeout(write, WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [userId, id, checked, readOnly, dirty, draft, saved, record.version]);

  // Closing the tab right after typing: write what is pending now rather than lose the last keys.
  useEffect(() => {
    const flush = () => pending.current?.();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  const restore = useCallback(() => {
    if (!offer) return;
    const { local } = offer;
    update((current: Draft) =>
      local.version === record.version ? local.draft : merge3(local.base, local.draft, current).merged,
    );
    setOffer(undefined);
    setChecked(true);
  }, [offer, record.version, update]);

  const discard = useCallback(() => {
    if (userId) void clearLocalDraft(userId, id);
    setOffer(undefined);
    setChecked(true);
  }, [userId, id]);

  return { offer, restore, discard };
}
