import {
  AuditOutlined,
  CheckOutlined,
  EyeOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  HistoryOutlined,
  LockOutlined,
  RollbackOutlined,
  SaveOutlined,
  SendOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Alert, Anchor, Button, Card, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { EvaluationRecord } from '../../api/types';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.zh';
import { PublicationControls } from './PublicationControls';
import type { WorkbenchSection } from './sections';
import type { ReviewAction, WorkbenchActions } from './use-workbench-actions';
import type { useWorkflowRights } from './use-workflow-rights';
import '../../i18n/areas/review';
import '../../i18n/areas/workbench';

export interface ToolbarProps {
  record: EvaluationRecord;
  title: string;
  dirty: boolean;
  saving: boolean;
  canPreview: boolean;
  rights: ReturnType<typeof useWorkflowRights>;
  actions: WorkbenchActions;
  sections: WorkbenchSection[];
  onPreview: () => void;
  onHistory: () => void;
  onSubmitOpen: () => void;
}

function SaveState({ rights, dirty }: Pick<ToolbarProps, 'rights' | 'dirty'>) {
  const { t } = useI18n();
  if (rights.readOnly) {
    return (
      <Tag icon={<LockOutlined />} data-testid="read-only">
        {t('wb.readOnly', { reason: rights.lockReason ?? '' })}
      </Tag>
    );
  }
  return dirty ? (
    <Tag color="orange" data-testid="dirty">
      {t('wb.unsaved')}
    </Tag>
  ) : (
    <Tag color="green">{t('wb.saved')}</Tag>
  );
}

const REVIEW_BUTTONS: { action: ReviewAction; icon: ReactNode; label: MessageKey; danger?: boolean }[] = [
  { action: 'sign', icon: <AuditOutlined />, label: 'review.sign' },
  { action: 'approve', icon: <CheckOutlined />, label: 'review.approve' },
  { action: 'return', icon: <RollbackOutlined />, label: 'review.return', danger: true },
  { action: 'withdraw', icon: <UndoOutlined />, label: 'review.withdraw' },
];

/** Save and submit for the preparer; sign, approve and return for reviewers; withdraw for whoever took the last step. */
function WorkflowButtons({ rights, actions, dirty, saving, onSubmitOpen }: ToolbarProps) {
  const { t } = useI18n();
  const allowed: Record<ReviewAction, boolean> = {
    sign: rights.canSign,
    approve: rights.canApprove,
    return: rights.canReturn,
    withdraw: rights.canWithdraw,
  };
  return (
    <>
      {!rights.readOnly && (
        <Button
          type="primary"
          icon={<SaveOutlined />}
          onClick={actions.onSave}
          loading={saving}
          disabled={!dirty}
          data-testid="save"
        >
          {t('wb.save')}
        </Button>
      )}
      {!rights.readOnly && (
        <Button icon={<SendOutlined />} onClick={onSubmitOpen} data-testid="submit">
          {t('wb.submit')}
        </Button>
      )}
      {REVIEW_BUTTONS.filter((b) => allowed[b.action]).map((b) => (
        <Button
          key={b.action}
          type={b.danger || b.action === 'withdraw' ? undefined : 'primary'}
          danger={b.danger}
          icon={b.icon}
          onClick={() => actions.setReviewAction(b.action)}
          data-testid={b.action}
        >
          {t(b.label)}
        </Button>
      ))}
    </>
  );
}

const DOWNLOADS: { kind: 'docx' | 'xlsx' | 'pdf'; icon: ReactNode; label: MessageKey }[] = [
  { kind: 'docx', icon: <FileWordOutlined />, label: 'wb.downloadDocx' },
  { kind: 'pdf', icon: <FilePdfOutlined />, label: 'wb.downloadPdf' },
  { kind: 'xlsx', icon: <FileExcelOutlined />, label: 'wb.downloadXlsx' },
];

function DocumentButtons({ title, canPreview, actions, onPreview, onHistory }: ToolbarProps) {
  const { t } = useI18n();
  return (
    <>
      <Button icon={<EyeOutlined />} disabled={!canPreview} onClick={onPreview}>
        {t('wb.preview')}
      </Button>
      {DOWNLOADS.map((d) => (
        <Button
          key={d.kind}
          icon={d.icon}
          data-testid={`download-${d.kind}`}
          onClick={() => actions.download(d.kind, title)}
        >
          {t(d.label)}
        </Button>
      ))}
      <Button icon={<HistoryOutlined />} onClick={onHistory} data-testid="history-open">
        {t('wb.history')}
      </Button>
    </>
  );
}

/** The sticky bar above the form: title and state, the actions, the section anchors, the last failure. */
export function WorkbenchToolbar(props: ToolbarProps) {
  const { t } = useI18n();
  const { record, title, sections, actions } = props;
  return (
    <Card size="small" style={{ marginBottom: 12, position: 'sticky', top: 64, zIndex: 5 }}>
      {/* One line for the title however long (the whole of it in the tooltip), so the sticky bar stays small. */}
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
        <Typography.Title
          level={5}
          style={{ margin: 0, minWidth: 0, flex: '0 1 auto' }}
          ellipsis={{ tooltip: { title, placement: 'bottomLeft' } }}
          data-testid="wb-title"
        >
          {title}
        </Typography.Title>
        <StatusTag status={record.status} />
        <SaveState rights={props.rights} dirty={props.dirty} />
      </div>
      <Space wrap style={{ marginTop: 6 }}>
        <WorkflowButtons {...props} />
        <DocumentButtons {...props} />
        <PublicationControls record={record} />
      </Space>
      <Anchor
        direction="horizontal"
        targetOffset={150}
        items={sections.map((s) => ({ key: s.key, href: `#wb-${s.key}`, title: t(s.title) }))}
        style={{ marginTop: 6 }}
      />
      {actions.actionError && (
        <Alert
          type="error"
          showIcon
          title={actions.actionError.message}
          description={
            actions.actionError.lines.length > 0 ? actions.actionError.lines.join('；') : undefined
          }
          closable={{ onClose: actions.clearError }}
          style={{ marginTop: 8 }}
          role="alert"
        />
      )}
    </Card>
  );
}
