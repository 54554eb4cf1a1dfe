import { CommentOutlined } from '@ant-design/icons';
import type { Finding } from '@jixiao/domain';
import { App, Button, Card, Col, Row, Space } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import type { EvaluationRecord, FieldComment } from '../../api/types';
import { LoadFailed, PageLoading } from '../../app/PageState';
import { ForbiddenPage } from '../../app/ShellPages';
import { useSession } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { useAsync } from '../../lib/use-async';
import { ChecksPanel } from '../../workbench/ChecksPanel';
import { commentTargets, sectionOfPath } from '../../workbench/comment-targets';
import type { Draft } from '../../workbench/draft';
import { EvidencePanel } from '../../workbench/EvidencePanel';
import type { LiveScore } from '../../workbench/engine';
import { fieldLabel } from '../../workbench/field-label';
import { blockingCount } from '../../workbench/issue-list';
import { fetchRuleSet } from '../../workbench/rule-sets';
import { ScorePanel } from '../../workbench/ScorePanel';
import { WorkbenchContext } from '../../workbench/WorkbenchContext';
import { DraftRestoreDialog } from './DraftRestoreDialog';
import { type CommentThreadActions, SectionComments } from './FieldComments';
import { PriorYearCard } from './PriorYearCard';
import { ReturnNotice } from './ReturnNotice';
import { sectionsFor, type WorkbenchSection } from './sections';
import { useEvaluationEditor } from './use-evaluation-editor';
import { useLeaveGuard } from './use-leave-guard';
import { useLocalDraft } from './use-local-draft';
import '../../i18n/areas/review';
import '../../i18n/areas/workbench';

const RectifyFindingDialog = lazy(() => import('../rectification/RectifyFindingDialog'));

import { useSaveShortcut } from './use-save-shortcut';
import { useWorkbenchActions } from './use-workbench-actions';
import { useWorkbenchValue } from './use-workbench-value';
import { useWorkflowRights } from './use-workflow-rights';
import { WorkbenchDialogs } from './WorkbenchDialogs';
import { WorkbenchToolbar } from './WorkbenchToolbar';

interface SectionsProps {
  record: EvaluationRecord;
  /** The preparer may upload and delete evidence now (editable status); everyone else reads it. */
  editable: boolean;
  draft: Draft;
  live: LiveScore;
  sections: WorkbenchSection[];
  comments: FieldComment[];
  /** Opens the comment dialog on a field; absent when the user may not comment now. */
  onComment?: (path: string) => void;
  /** Replies and resolving on the comments shown. */
  threadActions: CommentThreadActions;
}

/** The form, section by section, with last year's figures and a return's reason above it. */
function WorkbenchSections({
  record,
  draft,
  live,
  sections,
  comments,
  onComment,
  threadActions,
  editable,
}: SectionsProps) {
  const { t } = useI18n();
  return (
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
            onComment ? (
              <Button
                size="small"
                icon={<CommentOutlined />}
                data-testid={`comment-add-${s.key}`}
                onClick={() =>
                  onComment(commentTargets(draft).find((p) => sectionOfPath(p) === s.key) ?? s.key)
                }
              >
                {t('review.addComment')}
              </Button>
            ) : undefined
          }
        >
          <SectionComments
            comments={comments.filter((c) => (sectionOfPath(c.path) ?? 'basic') === s.key)}
            actions={threadActions}
          />
          {s.render()}
          {(s.key === 'indicators' || s.key === 'funds') && (
            <EvidencePanel
              owner={{ kind: 'evaluation', id: record.id, draft, scope: s.key }}
              editable={editable}
            />
          )}
        </Card>
      ))}
    </Space>
  );
}

function Editor({ initial }: { initial: EvaluationRecord }) {
  const { t, lang } = useI18n();
  const ed = useEvaluationEditor(initial);
  const { record, draft, live, dirty } = ed;
  const rights = useWorkflowRights(record);
  const value = useWorkbenchValue(ed, rights.readOnly);
  const actions = useWorkbenchActions(ed, value.reloadComments);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [previewOpen, setPreviewOpen] = useState(false);
  useLeaveGuard(dirty);
  const { user } = useSession();
  const { message } = App.useApp();
  const local = useLocalDraft(ed, user?.id, rights.readOnly);
  // Reviewers over the unit enter a finding in the rectification ledger (整改台账).
  const rectifier = user?.roles.some((g) => g.role === 'departmentReviewer' || g.role === 'financeReviewer');
  const [rectifying, setRectifying] = useState<Finding>();
  useSaveShortcut(!rights.readOnly && dirty && !ed.saving && !ed.conflict, () => void actions.onSave());

  const title = record.title || t('wb.title', { year: draft.fiscalYear, kind: t(`kind.${draft.kind}`) });
  const sections = sectionsFor(draft.kind);
  return (
    <WorkbenchContext.Provider value={value.ctx}>
      <WorkbenchToolbar
        record={record}
        title={title}
        dirty={dirty}
        saving={ed.saving}
        canPreview={!!live.outcome}
        rights={rights}
        actions={actions}
        sections={sections}
        onPreview={() => setPreviewOpen(true)}
        onHistory={() => setHistoryOpen(true)}
        onSubmitOpen={() => {
          value.setShowRequired(true);
          actions.setSubmitting(true);
        }}
      />
      <Row gutter={12} wrap={false}>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <WorkbenchSections
            record={record}
            editable={!rights.readOnly}
            draft={draft}
            live={live}
            sections={sections}
            comments={value.commentList}
            onComment={rights.canComment ? actions.setCommentPath : undefined}
            threadActions={{
              onReply: actions.onReply,
              onResolve: actions.onResolve,
              isReviewer: rights.isReviewer,
              busy: actions.busy,
            }}
          />
        </Col>
        <Col flex="330px" style={{ minWidth: 330 }}>
          <div className="jx-sticky-panel" style={{ top: 140 }}>
            <Space orientation="vertical" size={12} style={{ width: '100%' }}>
              <ScorePanel live={live} />
              <ChecksPanel
                findings={live.findings}
                issues={value.issues}
                labelOf={(p) => fieldLabel(p, t, lang)}
                onRectify={rectifier ? setRectifying : undefined}
              />
            </Space>
          </div>
        </Col>
      </Row>
      {rectifying && (
        <Suspense fallback={null}>
          <RectifyFindingDialog
            evaluationId={record.id}
            finding={rectifying}
            onClose={() => setRectifying(undefined)}
          />
        </Suspense>
      )}
      {local.offer && (
        <DraftRestoreDialog
          offer={local.offer}
          onDiscard={local.discard}
          onRestore={() => {
            local.restore();
            message.info(t('wb.draft.restored'));
          }}
        />
      )}
      <WorkbenchDialogs
        ed={ed}
        actions={actions}
        errorCount={blockingCount(live.findings, value.issues)}
        warnings={live.findings.filter((f) => f.severity === 'warning')}
        historyOpen={historyOpen}
        onHistoryClose={() => setHistoryOpen(false)}
        previewOpen={previewOpen}
        onPreviewClose={() => setPreviewOpen(false)}
      />
    </WorkbenchContext.Provider>
  );
}

export default function WorkbenchPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const state = useAsync(async (signal) => {
    const record = await api.getEvaluation(id, signal);
    // An uploaded rule set (assigned to the region) is fetched before live scoring needs it.
    await fetchRuleSet(record.ruleSetId, signal);
    return record;
  }, id);
  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'error') {
    if (state.error instanceof ApiError && state.error.status === 403) return <ForbiddenPage />;
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
