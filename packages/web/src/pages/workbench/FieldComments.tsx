import { AimOutlined, CheckCircleOutlined, CommentOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { countNearLimit, maxLengthOf } from '../../api/limits';
import type { FieldComment } from '../../api/types';
import { useSession } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { showDateTime } from '../../lib/format';
import { fieldLabel } from '../../workbench/field-label';
import { focusField } from '../../workbench/focus-field';
import '../../i18n/areas/review';
import '../../i18n/areas/scoring';

export interface CommentThreadActions {
  onReply: (parent: FieldComment, text: string) => void;
  onResolve: (comment: FieldComment, resolved: boolean) => void;
  /** Reviewers resolve and reopen any comment; everyone else only their own. */
  isReviewer: boolean;
  busy: boolean;
}

/** One reply box, opened under a comment by its 回复 button. */
function ReplyBox({ busy, onSend }: { busy: boolean; onSend: (text: string) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  return (
    <Space.Compact style={{ width: '100%', marginTop: 6 }}>
      <Input
        data-testid="comment-reply-text"
        aria-label={t('review.replyText')}
        placeholder={t('review.replyText')}
        maxLength={2000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={() => text.trim() && onSend(text.trim())}
      />
      <Button
        type="primary"
        loading={busy}
        disabled={text.trim() === ''}
        data-testid="comment-reply-send"
        onClick={() => onSend(text.trim())}
      >
        {t('review.send')}
      </Button>
    </Space.Compact>
  );
}

/** A comment with its replies: open ones stand out, resolved ones are shown quieter with who resolved them. */
function CommentThread({
  comment: c,
  replies,
  actions,
}: {
  comment: FieldComment;
  replies: readonly FieldComment[];
  actions?: CommentThreadActions;
}) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const [replying, setReplying] = useState(false);
  const resolved = c.resolvedAt !== null;
  const mayResolve = actions && (actions.isReviewer || (user !== null && user?.id === c.userId));
  return (
    <Alert
      type={resolved ? 'success' : 'warning'}
      showIcon
      icon={resolved ? <CheckCircleOutlined /> : <CommentOutlined />}
      data-testid="field-comment"
      data-comment-path={c.path}
      data-resolved={resolved ? 'true' : 'false'}
      title={
        <span>
          <Typography.Text strong>{fieldLabel(c.path, t, lang)}</Typography.Text>：{c.text}
          {resolved && (
            <Tag color="success" style={{ marginLeft: 8 }} data-testid="comment-resolved">
              {t('review.resolved')}
            </Tag>
          )}
        </span>
      }
      description={
        <div>
          <div>
            {`${c.userName} · ${showDateTime(c.at, lang)}`}
            {resolved && c.resolvedByName ? ` · ${t('review.resolvedBy', { who: c.resolvedByName })}` : ''}
          </div>
          {replies.map((r) => (
            <div key={r.id} data-testid="comment-reply" style={{ marginTop: 4, paddingLeft: 12 }}>
              <Typography.Text strong>{r.userName}</Typography.Text>：{r.text}
              <span className="jx-muted" style={{ fontSize: 12 }}>
                {` · ${showDateTime(r.at, lang)}`}
              </span>
            </div>
          ))}
          {actions && replying && (
            <ReplyBox
              busy={actions.busy}
              onSend={(text) => {
                actions.onReply(c, text);
                setReplying(false);
              }}
            />
          )}
        </div>
      }
      action={
        <Space orientation="vertical" size={2}>
          <Button
            size="small"
            type="link"
            icon={<AimOutlined />}
            aria-label={t('checks.goTo')}
            onClick={() => focusField(c.path)}
          />
          {actions && !resolved && (
            <Button
              size="small"
              type="link"
              data-testid="comment-reply-open"
              onClick={() => setReplying(true)}
            >
              {t('review.reply')}
            </Button>
          )}
          {mayResolve && (
            <Button
              size="small"
              type="link"
              data-testid={resolved ? 'comment-reopen' : 'comment-resolve'}
              onClick={() => actions.onResolve(c, !resolved)}
            >
              {resolved ? t('review.reopen') : t('review.resolve')}
            </Button>
          )}
        </Space>
      }
    />
  );
}

/**
 * Reviewers' comments on the fields of one section, with their replies, shown at the top of that
 * section's card for everyone; with `actions`, each can be answered and resolved or reopened.
 */
export function SectionComments({
  comments,
  actions,
}: {
  comments: readonly FieldComment[];
  actions?: CommentThreadActions;
}) {
  const roots = comments.filter((c) => c.parentId === null);
  if (roots.length === 0) return null;
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%', marginBottom: 8 }}>
      {roots.map((c) => (
        <CommentThread
          key={c.id}
          comment={c}
          replies={comments.filter((r) => r.parentId === c.id)}
          {...(actions ? { actions } : {})}
        />
      ))}
    </Space>
  );
}

/** A reviewer adds a comment on one field (path in the same notation as the checks' data-path). */
export function AddCommentDialog({
  targets,
  initialPath,
  busy,
  onCancel,
  onAdd,
}: {
  targets: readonly string[];
  initialPath: string;
  busy: boolean;
  onCancel: () => void;
  onAdd: (path: string, text: string) => void;
}) {
  const { t } = useI18n();
  const [path, setPath] = useState(initialPath);
  const [text, setText] = useState('');
  const options = [...new Set([initialPath, ...targets])].map((p) => ({ value: p, label: fieldLabel(p, t) }));
  return (
    <Modal
      open
      title={t('review.addComment')}
      onCancel={onCancel}
      okText={t('review.addComment')}
      okButtonProps={{ disabled: text.trim() === '' || path === '', 'data-testid': 'comment-confirm' }}
      confirmLoading={busy}
      onOk={() => onAdd(path, text.trim())}
    >
      <Typography.Paragraph style={{ marginBottom: 4 }}>{t('review.commentField')}</Typography.Paragraph>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        data-testid="comment-path"
        aria-label={t('review.commentField')}
        style={{ width: '100%', marginBottom: 12 }}
        value={path}
        options={options}
        onChange={setPath}
      />
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {t('review.commentFor', { field: fieldLabel(path, t) })}
      </Typography.Paragraph>
      <Input.TextArea
        data-testid="comment-text"
        aria-label={t('review.commentText')}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={maxLengthOf('POST /api/evaluations/{id}/comments', 'text')}
        showCount={countNearLimit}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </Modal>
  );
}
