import { AimOutlined, CommentOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { FieldComment } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { showDateTime } from '../../lib/format';
import { fieldLabel } from '../../workbench/field-label';
import { focusField } from '../../workbench/focus-field';

/** Reviewers' comments on the fields of one section, shown at the top of that section's card for everyone. */
export function SectionComments({ comments }: { comments: readonly FieldComment[] }) {
  const { t, lang } = useI18n();
  if (comments.length === 0) return null;
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%', marginBottom: 8 }}>
      {comments.map((c) => (
        <Alert
          key={c.id}
          type="warning"
          showIcon
          icon={<CommentOutlined />}
          data-testid="field-comment"
          data-comment-path={c.path}
          title={
            <span>
              <Typography.Text strong>{fieldLabel(c.path, t, lang)}</Typography.Text>：{c.text}
            </span>
          }
          description={`${c.userName} · ${showDateTime(c.at, lang)}`}
          action={
            <Button
              size="small"
              type="link"
              icon={<AimOutlined />}
              aria-label={t('checks.goTo')}
              onClick={() => focusField(c.path)}
            />
          }
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
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </Modal>
  );
}
