import { Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Checklist } from './declaration-api';
import '../../i18n/areas/review';
import '../../i18n/areas/targets';

/** 审核要点 of 财预〔2015〕88号, in the form's order. */
export const DIMENSIONS = ['completeness', 'relevance', 'appropriateness', 'feasibility'] as const;
type Dimension = (typeof DIMENSIONS)[number];
type Points = Record<Dimension, { passed?: boolean; comment: string }>;

const blank = (): Points => ({
  completeness: { comment: '' },
  relevance: { comment: '' },
  appropriateness: { comment: '' },
  feasibility: { comment: '' },
});

/** The checklist once every point is marked; undefined while one is not. */
export function checklistOf(points: Points): Checklist | undefined {
  const out: Partial<Checklist> = {};
  for (const d of DIMENSIONS) {
    const p = points[d];
    if (p.passed === undefined) return undefined;
    out[d] = { passed: p.passed, ...(p.comment.trim() ? { comment: p.comment.trim() } : {}) };
  }
  const { completeness, relevance, appropriateness, feasibility } = out;
  return completeness && relevance && appropriateness && feasibility
    ? { completeness, relevance, appropriateness, feasibility }
    : undefined;
}

/**
 * The reviewer's dialog: approve needs every point 通过; return needs a reason (the checklist goes along
 * when filled in). The server checks both again.
 */
export function ReviewDialog({
  mode,
  onCancel,
  onConfirm,
}: {
  mode: 'approve' | 'return';
  onCancel: () => void;
  onConfirm: (body: { checklist?: Checklist; comment?: string }) => Promise<void>;
}) {
  const { t } = useI18n();
  const [points, setPoints] = useState<Points>(blank);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const checklist = checklistOf(points);
  const allPassed = checklist !== undefined && DIMENSIONS.every((d) => checklist[d].passed);
  const ready = mode === 'approve' ? allPassed : comment.trim() !== '';
  const set = (d: Dimension, change: Partial<Points[Dimension]>) =>
    setPoints((p) => ({ ...p, [d]: { ...p[d], ...change } }));
  return (
    <Modal
      open
      title={t(mode === 'approve' ? 'targets.review.approveTitle' : 'targets.review.returnTitle')}
      okText={t(mode === 'approve' ? 'review.approve' : 'review.return')}
      okButtonProps={{ disabled: !ready, loading: busy, 'data-testid': 'review-confirm' }}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={async () => {
        setBusy(true);
        try {
          await onConfirm({
            ...(checklist ? { checklist } : {}),
            ...(comment.trim() ? { comment: comment.trim() } : {}),
          });
        } finally {
          setBusy(false);
        }
      }}
    >
      <Typography.Paragraph type="secondary">{t('targets.review.checklistHint')}</Typography.Paragraph>
      <Form layout="vertical">
        {DIMENSIONS.map((d) => (
          <Form.Item key={d} label={t(`targets.dimension.${d}`)}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Radio.Group
                data-testid={`check-${d}`}
                value={points[d].passed}
                onChange={(e) => set(d, { passed: e.target.value === true })}
                options={[
                  { label: t('targets.review.passed'), value: true },
                  { label: t('targets.review.failed'), value: false },
                ]}
              />
              <Input
                placeholder={t('targets.review.pointComment')}
                value={points[d].comment}
                onChange={(e) => set(d, { comment: e.target.value })}
              />
            </Space>
          </Form.Item>
        ))}
        <Form.Item label={t(mode === 'return' ? 'review.returnReason' : 'review.approveComment')}>
          <Input.TextArea
            data-testid="review-comment"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </Form.Item>
        {mode === 'approve' && checklist && !allPassed && (
          <Typography.Text type="danger">{t('targets.review.failedBlocksApprove')}</Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
