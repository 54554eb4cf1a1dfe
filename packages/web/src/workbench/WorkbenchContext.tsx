import { createContext, useContext } from 'react';
import type { Draft, FieldIssue } from './draft';
import type { LiveScore } from './engine';

/** What every field of the workbench reads: the draft, how to change it, and what is wrong where. */
export interface WorkbenchValue {
  draft: Draft;
  setField: (path: string, value: unknown) => void;
  /** Replace the draft with a function of itself (row moves, pastes). */
  update: (fn: (d: Draft) => Draft) => void;
  readOnly: boolean;
  live: LiveScore;
  issueAt: (path: string) => FieldIssue | undefined;
  /** Fields the user has left at least once: required-but-empty is shown only after that (or on submit). */
  showRequired: boolean;
  /** Reviewers' comments on exactly this field ("王审核：请核对"), shown under it for everyone. */
  commentsAt?: (path: string) => readonly string[];
}

export const WorkbenchContext = createContext<WorkbenchValue | null>(null);

export function useWorkbench(): WorkbenchValue {
  const v = useContext(WorkbenchContext);
  if (!v) throw new Error('useWorkbench outside WorkbenchContext');
  return v;
}
