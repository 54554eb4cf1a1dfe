import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import type { EvaluationRecord } from '../../api/types';
import { issuePathToDraftPath } from '../../lib/error-text';
import { setAt } from '../../lib/json-path';
import { sameContent } from '../../workbench/diff';
import { type Draft, draftForSave, type FieldIssue, withRowIds } from '../../workbench/draft';
import { liveScore } from '../../workbench/engine';
import { type MergeConflict, type MergeSide, merge3 } from '../../workbench/merge';

/**
 * A save refused as stale (409) whose three-way merge found places both sides changed differently:
 * `base` is what this tab started from, `mine` its content, `theirs` the server's record now.
 */
export interface Conflict {
  base: Draft;
  mine: Draft;
  theirs: EvaluationRecord;
  theirsDraft: Draft;
  conflicts: MergeConflict[];
}

/**
 * The state of one open evaluation: the server record, the draft being edited, live scoring of the
 * draft (deferred so typing stays smooth), saving with optimistic concurrency and the 409 merge.
 */
export function useEvaluationEditor(initial: EvaluationRecord) {
  const [record, setRecord] = useState(initial);
  /** The content of `record` as this tab last loaded or saved it: the base of a three-way merge. */
  const [saved, setSaved] = useState<Draft>(() => withRowIds(initial.evaluation));
  const [draft, setDraft] = useState<Draft>(saved);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Conflict>();
  /** Whether the last successful save merged in what another tab or user had saved meanwhile. */
  const lastSaveMerged = useRef(false);
  /** Problems the server found on the last save, shown beside their fields until the next good save. */
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const deferred = useDeferredValue(draft);
  const live = useMemo(() => liveScore(deferred), [deferred]);
  const dirty = useMemo(() => !sameContent(draft, saved), [draft, saved]);

  const setField = useCallback((path: string, value: unknown) => {
    setDraft((d) => setAt(d, path, value === '' ? undefined : value));
  }, []);
  const update = useCallback((fn: (d: Draft) => Draft) => setDraft(fn), []);

  const accept = useCallback((rec: EvaluationRecord, content?: Draft) => {
    setRecord(rec);
    const next = content ?? withRowIds(rec.evaluation);
    setSaved(next);
    setDraft(next);
  }, []);

  /**
   * Saves `content` against `version`. On a 409 the server's current record is merged three ways with
   * `base` (what `content` was edited from): with no true conflict the merge is saved at once (and shown
   * in the form); otherwise the conflict opens, field by field.
   */
  const saveAs = useCallback(
    async (
      version: number,
      content: Draft,
      base: Draft,
      merged: boolean,
    ): Promise<EvaluationRecord | undefined> => {
      setSaving(true);
      let stale: ApiError;
      try {
        const rec = await api.saveEvaluation(record.id, version, draftForSave(content));
        setRecord(rec);
        setSaved(content);
        if (merged) setDraft(content);
        lastSaveMerged.current = merged;
        setConflict(undefined);
        setServerIssues([]);
        return rec;
      } catch (e) {
        if (e instanceof ApiError && e.status === 400) {
          setServerIssues(
            e.issues.flatMap((i) => {
              const path = issuePathToDraftPath(i.location?.path);
              return path
                ? [{ path, kind: 'invalid' as const, message: { zh: i.message, en: i.message } }]
                : [];
            }),
          );
        }
        if (!(e instanceof ApiError && e.status === 409)) throw e;
        stale = e;
      } finally {
        setSaving(false);
      }
      const theirs = await api.getEvaluation(record.id);
      // A 409 at the current version is not a stale save (the evaluation is locked, e.g. submitted
      // meanwhile): merging would change nothing, so the server's reason is shown instead.
      if (theirs.version === version) throw stale;
      const theirsDraft = withRowIds(theirs.evaluation);
      const result = merge3(base, content, theirsDraft);
      if (result.conflicts.length === 0) return saveAs(theirs.version, result.merged, theirsDraft, true);
      setConflict({ base, mine: content, theirs, theirsDraft, conflicts: result.conflicts });
      return undefined;
    },
    [record.id],
  );

  /** Saves the draft against the version it was loaded from. */
  const save = useCallback(
    (): Promise<EvaluationRecord | undefined> => saveAs(record.version, draft, saved, false),
    [saveAs, record.version, draft, saved],
  );

  /** Saves the merge with each true conflict settled as chosen (mine where nothing was chosen). */
  const resolveConflict = useCallback(
    async (choices: Readonly<Record<string, MergeSide>>) => {
      if (!conflict) return;
      const { merged } = merge3(
        conflict.base,
        conflict.mine,
        conflict.theirsDraft,
        (k) => choices[k] ?? 'mine',
      );
      await saveAs(conflict.theirs.version, merged, conflict.theirsDraft, true);
    },
    [conflict, saveAs],
  );

  /** Drops this tab's changes and takes the server's version. */
  const keepTheirs = useCallback(() => {
    if (!conflict) return;
    accept(conflict.theirs, conflict.theirsDraft);
    setConflict(undefined);
  }, [conflict, accept]);

  return {
    serverIssues,
    record,
    saved,
    draft,
    live,
    dirty,
    saving,
    conflict,
    lastSaveMerged,
    setField,
    update,
    save,
    accept,
    resolveConflict,
    keepTheirs,
    setRecord,
  };
}
