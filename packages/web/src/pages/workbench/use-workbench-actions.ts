import { App } from 'antd';
import { useCallback, useState } from 'react';
import { api } from '../../api/endpoints';
import { withQueueStatus } from '../../api/heavy';
import type { Acknowledgement, EvaluationRecord, FieldComment } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.zh';
import { errorText } from '../../lib/error-text';
import { issueLines } from '../../lib/issue-lines';
import { focusFirstIssue } from '../../workbench/focus-field';
import type { useEvaluationEditor } from './use-evaluation-editor';
import '../../i18n/areas/review';
import '../../i18n/areas/workbench';
import '../../i18n/areas/scoring';

export type ReviewAction = 'sign' | 'approve' | 'return' | 'withdraw';

const HEAVY_NOTICE = 'heavy-queue';

const REVIEW_DONE: Record<ReviewAction, MessageKey> = {
  sign: 'review.signed',
  approve: 'review.approved',
  return: 'review.returned',
  withdraw: 'review.withdrawn',
};

/** Runs one action at a time, keeping its failure (message and located lines) for the alert. */
function useActionRunner() {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<{ message: string; lines: string[] }>();
  const run = useCallback(
    async (fn: () => Promise<unknown>) => {
      setBusy(true);
      setActionError(undefined);
      try {
        await fn();
      } catch (e) {
        setActionError({ message: errorText(t, e), lines: issueLines(e, lang) });
      } finally {
        setBusy(false);
      }
    },
    [t, lang],
  );
  return { run, busy, actionError, clearError: () => setActionError(undefined) };
}

/** The workbench's actions: save, submit, review (sign, approve, return), comment, downloads. */
export function useWorkbenchActions(ed: ReturnType<typeof useEvaluationEditor>, reloadComments: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const runner = useActionRunner();
  const { run } = runner;
  const { record, draft, dirty } = ed;
  const [submitting, setSubmitting] = useState(false);
  const [reviewAction, setReviewAction] = useState<ReviewAction>();
  const [commentPath, setCommentPath] = useState<string>();

  /** Documents are made from what is saved: save first when there are changes. */
  const savedVersion = async (): Promise<EvaluationRecord | undefined> => (dirty ? ed.save() : record);

  const onSave = () =>
    run(async () => {
      try {
        if (await ed.save()) message.success(t(ed.lastSaveMerged.current ? 'wb.savedMerged' : 'wb.saved'));
      } catch (e) {
        // The refused field is marked beside its input; take the preparer to the first one.
        focusFirstIssue(e);
        throw e;
      }
    });

  const onSubmit = (acks: Acknowledgement[]) =>
    run(async () => {
      const rec = await savedVersion();
      if (!rec) return;
      ed.accept(await api.submit(rec.id, rec.version, acks), draft);
      setSubmitting(false);
      message.success(t('wb.submitted'));
    });

  const onReview = (text: string) =>
    run(async () => {
      if (!reviewAction) return;
      const next =
        reviewAction === 'sign'
          ? await api.sign(record.id, record.version, text || undefined)
          : reviewAction === 'approve'
            ? await api.approve(record.id, record.version, text || undefined)
            : reviewAction === 'withdraw'
              ? await api.withdraw(record.id, record.version, text || undefined)
              : await api.returnForChanges(record.id, record.version, text);
      ed.accept(next);
      setReviewAction(undefined);
      message.success(t(REVIEW_DONE[reviewAction]));
    });

  const onAddComment = (path: string, text: string) =>
    run(async () => {
      await api.addComment(record.id, path, text);
      // Comments leave the figures alone; should the server still move the version, follow it so the
      // reviewer's next return/approve is not refused as stale.
      const fresh = await api.getEvaluation(record.id);
      if (fresh.version !== record.version) ed.accept(fresh);
      setCommentPath(undefined);
      reloadComments();
      message.success(t('review.commentAdded'));
    });

  const onReply = (parent: FieldComment, text: string) =>
    run(async () => {
      await api.replyToComment(record.id, parent, text);
      reloadComments();
      message.success(t('review.replied'));
    });

  const onResolve = (comment: FieldComment, resolved: boolean) =>
    run(async () => {
      await api.resolveComment(record.id, comment.id, resolved);
      reloadComments();
    });

  const download = (kind: 'docx' | 'xlsx' | 'pdf', title: string) =>
    run(async () => {
      const r = await savedVersion();
      if (!r) return;
      if (kind === 'docx') await api.downloadReport(r.id, title);
      else if (kind === 'pdf') await downloadPdf(r.id, title);
      else await api.downloadSheet(r.id, title);
    });

  /** A PDF may wait in the server's heavy-work queue: the notice says so, with how many are ahead. */
  const downloadPdf = (id: string, title: string) =>
    withQueueStatus(
      (headers) => api.downloadPdf(id, title, headers),
      (state) => {
        if (!state) message.destroy(HEAVY_NOTICE);
        else
          message.open({
            key: HEAVY_NOTICE,
            type: 'loading',
            duration: 0,
            content:
              state.state === 'queued' ? t('heavy.queued', { ahead: state.ahead }) : t('heavy.running'),
          });
      },
    );

  return {
    ...runner,
    onSave,
    onSubmit,
    onReview,
    onAddComment,
    onReply,
    onResolve,
    download,
    submitting,
    setSubmitting,
    reviewAction,
    setReviewAction,
    commentPath,
    setCommentPath,
  };
}

export type WorkbenchActions = ReturnType<typeof useWorkbenchActions>;
