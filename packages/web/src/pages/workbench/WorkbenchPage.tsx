import {
  AuditOutlined,
  CheckOutlined,
  CommentOutlined,
  EyeOutlined,
  FileExcelOutlined,
  FileWordOutlined,
  HistoryOutlined,
  LockOutlined,
  RollbackOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Alert, Anchor, App, Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useBlocker, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import type { Acknowledgement, EvaluationRecord, FieldComment } from '../../api/types';
import { LoadFailed, PageLoading } from '../../app/PageState';
import { useSession } from '../../auth/SessionProvider';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.zh';
import { errorText, issueLines } from '../../lib/error-text';
import { useAsync } from '../../lib/use-async';
import { ChecksPanel } from '../../workbench/ChecksPanel';
import { commentTargets, sectionOfPath } from '../../workbench/comment-targets';
import { fieldLabel } from '../../workbench/field-label';
import { ScorePanel } from '../../workbench/ScorePanel';
import { BasicSection } from '../../workbench/sections/BasicSection';
import { BreakdownSection } from '../../workbench/sections/BreakdownSection';
import { FundsSection } from '../../workbench/sections/FundsSection';
import { GoalsSection } from '../../workbench/sections/GoalsSection';
import { IndicatorGrid } from '../../workbench/sections/IndicatorGrid';
import { NarrativeSection } from '../../workbench/sections/NarrativeSection';
import { RuleSetSection } from '../../workbench/sections/RuleSetSection';
import { ThreePublicSection } from '../../workbench/sections/ThreePublicSection';
import { WorkbenchContext, type WorkbenchValue } from '../../workbench/WorkbenchContext';
import { ConflictDialog } from './ConflictDialog';
import { AddCommentDialog, SectionComments } from './FieldComments';
import { HistoryDrawer } from './HistoryDrawer';
import { PriorYearCard } from './PriorYearCard';
import { ReportPreview } from './ReportPreview';
import { ReturnNotice } from './ReturnNotice';
import { ReviewDialog } from './ReviewDialog';
import { SubmitDialog } from './SubmitDialog';
import { useEvaluationEditor } from './use-evaluation-editor';

/** Sections in the order of the official form. */
const SECTIONS: { key: string; title: MessageKey; render: () => ReactNode; unitWideOnly?: boolean }[] = [
  { key: 'basic', title: 'wb.section.basic', render: () => <BasicSection /> },
  { key: 'funds', title: 'wb.section.funds', render: () => <FundsSection /> },
  { key: 'breakdown', title: 'wb.section.breakdown', render: () => <BreakdownSection />, unitWideOnly: true },
  {
    key: 'three-public',
    title: 'wb.section.threePublic',
    render: () => <ThreePublicSection />,
    unitWideOnly: true,
  },
  { key: 'goals', title: 'wb.section.goals', render: () => <GoalsSection /> },
  { key: 'indicators', title: 'wb.section.indicators', render: () => <IndicatorGrid /> },
  { key: 'narrative', title: 'wb.section.narrative', render: () => <NarrativeSection /> },
  { key: 'rule-set', title: 'wb.section.ruleSet', render: () => <RuleSetSection /> },
];

const NO_COMMENTS: FieldComment[] = [];

function Editor({ initial }: { initial: EvaluationRecord }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const { hasRole } = useSession();
  const ed = useEvaluationEditor(initial);
  const { record, draft, live, dirty } = ed;
  const [showRequired, setShowRequired] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [reviewAction, setReviewAction] = useState<'sign' | 'approve' | 'return'>();
  const [commentPath, setCommentPath] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [actionError, setActionError] = useState<{ message: string; lines: string[] }>();

  const lockReason =
    record.status === 'approved'
      ? t('wb.lockedApproved')
      : record.status === 'submitted'
        ? t('wb.lockedSubmitted')
        : record.status === 'signed'
          ? t('wb.lockedSigned')
          : !hasRole('preparer')
            ? t('wb.lockedRole')
            : undefined;
  const readOnly = lockReason !== undefined;
  // The workflow: submitted → signed by the unit approver → approved by a department or finance reviewer.
  const isReviewer = hasRole('departmentReviewer', 'financeReviewer');
  const canSign = record.status === 'submitted' && hasRole('unitApprover');
  const canApprove = record.status === 'signed' && isReviewer;
  const canReturn =
    (record.status === 'submitted' && (isReviewer || hasRole('unitApprover'))) ||
    (record.status === 'signed' && isReviewer);
  const canComment =
    (record.status === 'submitted' || record.status === 'signed') &&
    hasRole('unitApprover', 'departmentReviewer', 'financeReviewer');
  const comments = useAsync((signal) => api.comments(record.id, signal), `${record.id}@${record.version}`);
  const commentList = comments.data ?? NO_COMMENTS;

  // Unsaved changes: warn before leaving the page (in-app navigation and closing the tab).
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('common.unsavedLeave'),
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, t, modal]);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const issues = useMemo(
    () => [...ed.serverIssues, ...live.built.issues],
    [ed.serverIssues, live.built.issues],
  );
  const commentsByPath = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const c of commentList) map.set(c.path, [...(map.get(c.path) ?? []), `${c.userName}：${c.text}`]);
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

  const run = useCallback(
    async (fn: () => Promise<unknown>) => {
      setBusy(true);
      setActionError(undefined);
      try {
        await fn();
      } catch (e) {
        setActionError({ message: errorText(t, e), lines: issueLines(e) });
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  const onSave = () =>
    run(async () => {
      const rec = await ed.save();
      if (rec) message.success(t('wb.saved'));
    });

  /** Documents are made from what is saved: save first when there are changes. */
  const savedVersion = async (): Promise<EvaluationRecord | undefined> => (dirty ? ed.save() : record);

  const errorCount = live.findings.filter((f) => f.severity === 'error').length + issues.length;
  const warnings = live.findings.filter((f) => f.severity === 'warning');
  const title = record.title || t('wb.title', { year: draft.fiscalYear, kind: t(`kind.${draft.kind}`) });
  const sections = SECTIONS.filter((s) => !s.unitWideOnly || draft.kind === 'unitWide');

  const onSubmit = (acks: Acknowledgement[]) =>
    run(async () => {
      const rec = await savedVersion();
      if (!rec) return;
      const next = await api.submit(rec.id, rec.version, acks);
      ed.accept(next, draft);
      setSubmitting(false);
      message.success(t('wb.submitted'));
    });

  const onReview = (text: string) =>
    run(async () => {
      const next =
        reviewAction === 'sign'
          ? await api.sign(record.id, record.version, text || undefined)
          : reviewAction === 'approve'
            ? await api.approve(record.id, record.version, text || undefined)
            : await api.returnForChanges(record.id, record.version, text);
      ed.accept(next);
      setReviewAction(undefined);
      message.success(
        reviewAction === 'sign'
          ? t('review.signed')
          : reviewAction === 'approve'
            ? t('review.approved')
            : t('review.returned'),
      );
    });

  const onAddComment = (path: string, text: string) =>
    run(async () => {
      await api.addComment(record.id, path, text);
      // Comments leave the figures alone; should the server still move the version, follow it so the
      // reviewer's next return/approve is not refused as stale.
      const fresh = await api.getEvaluation(record.id);
      if (fresh.version !== record.version) ed.accept(fresh);
      setCommentPath(undefined);
      comments.reload();
      message.success(t('review.commentAdded'));
    });

  return (
    <WorkbenchContext.Provider value={ctx}>
      <Card size="small" style={{ marginBottom: 12, position: 'sticky', top: 64, zIndex: 5 }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space wrap>
            <Typography.Title level={5} style={{ margin: 0 }} data-testid="wb-title">
              {title}
            </Typography.Title>
            <StatusTag status={record.status} />
            {readOnly ? (
              <Tag icon={<LockOutlined />} data-testid="read-only">
                {t('wb.readOnly', { reason: lockReason ?? '' })}
              </Tag>
            ) : dirty ? (
              <Tag color="orange" data-testid="dirty">
                {t('wb.unsaved')}
              </Tag>
            ) : (
              <Tag color="green">{t('wb.saved')}</Tag>
            )}
          </Space>
          <Space wrap>
            {!readOnly && (
              <Button
                type="primary"
                icon={<SaveOutlined />}
                onClick={onSave}
                loading={ed.saving}
                disabled={!dirty}
                data-testid="save"
              >
                {t('wb.save')}
              </Button>
            )}
            {!readOnly && (
              <Button
                icon={<SendOutlined />}
                onClick={() => {
                  setShowRequired(true);
                  setSubmitting(true);
                }}
                data-testid="submit"
              >
                {t('wb.submit')}
              </Button>
            )}
            {canSign && (
              <Button
                type="primary"
                icon={<AuditOutlined />}
                onClick={() => setReviewAction('sign')}
                data-testid="sign"
              >
                {t('review.sign')}
              </Button>
            )}
            {canApprove && (
              <Button
                type="primary"
                icon={<CheckOutlined />}
                onClick={() => setReviewAction('approve')}
                data-testid="approve"
              >
                {t('review.approve')}
              </Button>
            )}
            {canReturn && (
              <Button
                danger
                icon={<RollbackOutlined />}
                onClick={() => setReviewAction('return')}
                data-testid="return"
              >
                {t('review.return')}
              </Button>
            )}
            <Button icon={<EyeOutlined />} disabled={!live.outcome} onClick={() => setPreviewOpen(true)}>
              {t('wb.preview')}
            </Button>
            <Button
              icon={<FileWordOutlined />}
              data-testid="download-docx"
              onClick={() =>
                run(async () => {
                  const r = await savedVersion();
                  if (r) await api.downloadReport(r.id, title);
                })
              }
            >
              {t('wb.downloadDocx')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              data-testid="download-xlsx"
              onClick={() =>
                run(async () => {
                  const r = await savedVersion();
                  if (r) await api.downloadSheet(r.id, title);
                })
              }
            >
              {t('wb.downloadXlsx')}
            </Button>
            <Button
              icon={<HistoryOutlined />}
              onClick={() => setHistoryOpen(true)}
              data-testid="history-open"
            >
              {t('wb.history')}
            </Button>
          </Space>
        </Space>
        <Anchor
          direction="horizontal"
          targetOffset={150}
          items={sections.map((s) => ({ key: s.key, href: `#wb-${s.key}`, title: t(s.title) }))}
          style={{ marginTop: 6 }}
        />
        {actionError && (
          <Alert
            type="error"
            showIcon
            title={actionError.message}
            description={actionError.lines.length > 0 ? actionError.lines.join('；') : undefined}
            closable={{ onClose: () => setActionError(undefined) }}
            style={{ marginTop: 8 }}
            role="alert"
          />
        )}
      </Card>
      <Row gutter={12} wrap={false}>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {record.status === 'returned' && <ReturnNotice id={record.id} version={record.version} />}
            {record.priorYear && <PriorYearCard prior={record.priorYear} live={live} />}
            {sections.map((s) => (
              <Card
                key={s.key}
                id={`wb-${s.key}`}
                size="small"
                title={t(s.title)}
                style={{ scrollMarginTop: 140 }}
                extra={
                  canComment ? (
                    <Button
                      size="small"
                      icon={<CommentOutlined />}
                      data-testid={`comment-add-${s.key}`}
                      onClick={() =>
                        setCommentPath(commentTargets(draft).find((p) => sectionOfPath(p) === s.key) ?? s.key)
                      }
                    >
                      {t('review.addComment')}
                    </Button>
                  ) : undefined
                }
              >
                <SectionComments
                  comments={commentList.filter((c) => (sectionOfPath(c.path) ?? 'basic') === s.key)}
                />
                {s.render()}
              </Card>
            ))}
          </Space>
        </Col>
        <Col flex="330px" style={{ minWidth: 330 }}>
          <div className="jx-sticky-panel" style={{ top: 140 }}>
            <Space orientation="vertical" size={12} style={{ width: '100%' }}>
              <ScorePanel live={live} />
              <ChecksPanel
                findings={live.findings}
                issues={live.built.issues}
                labelOf={(p) => fieldLabel(p, t)}
              />
            </Space>
          </div>
        </Col>
      </Row>
      {ed.conflict && (
        <ConflictDialog
          conflict={ed.conflict}
          busy={ed.saving}
          onKeepMine={() => void run(ed.keepMine)}
          onKeepTheirs={ed.keepTheirs}
        />
      )}
      {submitting && (
        <SubmitDialog
          errorCount={errorCount}
          warnings={warnings}
          busy={busy}
          onCancel={() => setSubmitting(false)}
          onSubmit={onSubmit}
        />
      )}
      {reviewAction && (
        <ReviewDialog
          action={reviewAction}
          busy={busy}
          onCancel={() => setReviewAction(undefined)}
          onConfirm={onReview}
        />
      )}
      {commentPath !== undefined && (
        <AddCommentDialog
          targets={commentTargets(draft)}
          initialPath={commentPath}
          busy={busy}
          onCancel={() => setCommentPath(undefined)}
          onAdd={onAddComment}
        />
      )}
      {historyOpen && (
        <HistoryDrawer id={record.id} version={record.version} onClose={() => setHistoryOpen(false)} />
      )}
      {previewOpen && live.outcome && live.ruleSet && live.built.evaluation && (
        <ReportPreview
          evaluation={live.built.evaluation}
          outcome={live.outcome}
          ruleSet={live.ruleSet}
          onClose={() => setPreviewOpen(false)}
        />
      )}
    </WorkbenchContext.Provider>
  );
}

export default function WorkbenchPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const state = useAsync((signal) => api.getEvaluation(id, signal), id);
  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'error') {
    const notFound = state.error instanceof ApiError && state.error.status === 404;
    return (
      <LoadFailed
        message={notFound ? t('wb.notFound') : errorText(t, state.error)}
        onRetry={notFound ? undefined : state.reload}
      />
    );
  }
  return <Editor key={state.data.id} initial={state.data} />;
}
