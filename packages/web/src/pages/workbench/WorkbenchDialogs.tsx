import { commentTargets } from '../../workbench/comment-targets';
import type { LiveScore } from '../../workbench/engine';
import { ConflictDialog } from './ConflictDialog';
import { AddCommentDialog } from './FieldComments';
import { HistoryDrawer } from './HistoryDrawer';
import { ReportPreview } from './ReportPreview';
import { ReviewDialog } from './ReviewDialog';
import { SubmitDialog } from './SubmitDialog';
import type { useEvaluationEditor } from './use-evaluation-editor';
import type { WorkbenchActions } from './use-workbench-actions';

export interface DialogsProps {
  ed: ReturnType<typeof useEvaluationEditor>;
  actions: WorkbenchActions;
  /** Errors that block submission: the live checks' errors plus problems in the form itself. */
  errorCount: number;
  warnings: LiveScore['findings'];
  historyOpen: boolean;
  onHistoryClose: () => void;
  previewOpen: boolean;
  onPreviewClose: () => void;
}

/** Every dialog and drawer of the workbench; each shows only while its state says so. */
export function WorkbenchDialogs({ ed, actions: a, ...p }: DialogsProps) {
  const { record, live } = ed;
  return (
    <>
      {ed.conflict && (
        <ConflictDialog
          conflict={ed.conflict}
          busy={ed.saving}
          onSave={(choices) => void a.run(() => ed.resolveConflict(choices))}
          onKeepTheirs={ed.keepTheirs}
        />
      )}
      {a.submitting && (
        <SubmitDialog
          errorCount={p.errorCount}
          warnings={p.warnings}
          busy={a.busy}
          onCancel={() => a.setSubmitting(false)}
          onSubmit={a.onSubmit}
        />
      )}
      {a.reviewAction && (
        <ReviewDialog
          action={a.reviewAction}
          busy={a.busy}
          onCancel={() => a.setReviewAction(undefined)}
          onConfirm={a.onReview}
        />
      )}
      {a.commentPath !== undefined && (
        <AddCommentDialog
          targets={commentTargets(ed.draft)}
          initialPath={a.commentPath}
          busy={a.busy}
          onCancel={() => a.setCommentPath(undefined)}
          onAdd={a.onAddComment}
        />
      )}
      {p.historyOpen && <HistoryDrawer id={record.id} version={record.version} onClose={p.onHistoryClose} />}
      {p.previewOpen && live.outcome && live.ruleSet && live.built.evaluation && (
        <ReportPreview
          evaluation={live.built.evaluation}
          outcome={live.outcome}
          ruleSet={live.ruleSet}
          onClose={p.onPreviewClose}
        />
      )}
    </>
  );
}
