import { useMemo, useState } from 'react';
import { api } from '../../api/endpoints';
import type { FieldComment } from '../../api/types';
import { useAsync } from '../../lib/use-async';
import { fieldIssues } from '../../workbench/issue-list';
import type { WorkbenchValue } from '../../workbench/WorkbenchContext';
import type { useEvaluationEditor } from './use-evaluation-editor';

const NO_COMMENTS: FieldComment[] = [];

/**
 * What every field reads (the WorkbenchContext value): the draft, its problems (the server's from the
 * last save and the live ones), reviewers' comments by field, and whether to show required-but-empty.
 */
export function useWorkbenchValue(ed: ReturnType<typeof useEvaluationEditor>, readOnly: boolean) {
  const { record, draft, live } = ed;
  const [showRequired, setShowRequired] = useState(false);
  const comments = useAsync((signal) => api.comments(record.id, signal), `${record.id}@${record.version}`);
  const commentList = comments.data ?? NO_COMMENTS;

  const issues = useMemo(
    () => fieldIssues(ed.serverIssues, live.built.issues),
    [ed.serverIssues, live.built.issues],
  );
  const commentsByPath = useMemo(() => {
    const map = new Map<string, string[]>();
    // Beside the field: the open comments themselves (replies and resolved threads stay in the section's list).
    for (const c of commentList) {
      if (c.parentId !== null || c.resolvedAt !== null) continue;
      map.set(c.path, [...(map.get(c.path) ?? []), `${c.userName}：${c.text}`]);
    }
    return map;
  }, [commentList]);
  const issueMap = useMemo(() => new Map(issues.map((i) => [i.path, i])), [issues]);
  const ctx: WorkbenchValue = useMemo(
    () => ({
      draft,
      setField: ed.setField,
      update: ed.update,
      readOnly,
      live,
      issueAt: (p: string) => issueMap.get(p),
      showRequired,
      commentsAt: (p: string) => commentsByPath.get(p) ?? [],
    }),
    [draft, ed.setField, ed.update, readOnly, live, issueMap, showRequired, commentsByPath],
  );
  return { ctx, issues, commentList, reloadComments: comments.reload, setShowRequired };
}
