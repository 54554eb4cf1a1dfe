import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import type { EvaluationRecord } from '../../api/types';
import { issuePathToDraftPath } from '../../lib/error-text';
import { setAt } from '../../lib/json-path';
import { sameContent } from '../../workbench/diff';
import { type Draft, draftForSave, type FieldIssue, withRowIds } from '../../workbench/draft';
import { liveScore } from '../../workbench/engine';

export interface Conflict {
  mine: Draft;
  theirs: EvaluationRecord;
}

/**
 * The state of one open evaluation: the server record, the draft being edited, live scoring of the
 * draft (deferred so typing stays smooth), saving with optimistic concurrency and the 409 conflict.
 */
export function useEvaluationEditor(initial: EvaluationRecord) {
  const [record, setRecord] = useState(initial);
  const [saved, setSaved] = useState<Draft>(() => withRowIds(initial.evaluation));
  const [draft, setDraft] = useState<Draft>(saved);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Conflict>();
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

  /** Saves the draft against the version it was loaded from; a 409 opens the conflict with both versions. */
  const save = useCallback(
    async (version = record.version, content = draft): Promise<EvaluationRecord | undefined> => {
      setSaving(true);
      try {
        const rec = await api.saveEvaluation(record.id, version, draftForSave(content));
        setRecord(rec);
        setSaved(content);
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
        if (e instanceof ApiError && e.status === 409) {
          const theirs = await api.getEvaluation(record.id);
          setConflict({ mine: content, theirs });
          return undefined;
        }
        throw e;
      } finally {
        setSaving(false);
      }
    },
    [record.id, record.version, draft],
  );

  const keepMine = useCallback(async () => {
    if (!conflict) return;
    await save(conflict.theirs.version, conflict.mine);
  }, [conflict, save]);

  const keepTheirs = useCallback(() => {
    if (!conflict) return;
    accept(conflict.theirs);
    setConflict(undefined);
  }, [conflict, accept]);

  return {
    serverIssues,
    record,
    draft,
    live,
    dirty,
    saving,
    conflict,
    setField,
    update,
    save,
    accept,
    keepMine,
    keepTheirs,
    setRecord,
  };
}
