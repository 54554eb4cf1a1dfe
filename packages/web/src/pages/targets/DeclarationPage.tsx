import { pick, type TargetDeclaration } from '@jixiao/domain';
import { Alert, App as AntApp, Button, Card, List, Space, Tag, Timeline, Typography } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { PageLoading } from '../../app/PageState';
import { useSession } from '../../auth/SessionProvider';
import { IndicatorPicker } from '../../components/indicator-picker/IndicatorPicker';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { showDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { AdjustDialog } from './AdjustDialog';
import { DeclarationHeader } from './DeclarationHeader';
import {
  type DeclarationMove,
  type DeclarationRecord,
  declarationApi,
  type MoveBody,
} from './declaration-api';
import { addBlankIndicator, addFromLibrary } from './declaration-draft';
import { IndicatorTable } from './IndicatorTable';
import { liveFindings } from './live-checks';
import { ReviewDialog } from './ReviewDialog';
import '../../i18n/areas/review';
import '../../i18n/areas/targets';

const PriorRectificationCard = lazy(() => import('../rectification/PriorRectificationCard'));

const LEVEL1 = ['产出指标', '效益指标', '满意度指标'] as const;

const ACTIONS = [
  'create',
  'update',
  'import',
  'submit',
  'sign',
  'approve',
  'return',
  'withdraw',
  'adjust',
  'evaluation',
] as const;

/** The history's action in words; an action this version does not know is shown as the server named it. */
function actionLabel(t: ReturnType<typeof useI18n>['t'], action: string): string {
  const known = ACTIONS.find((a) => a === action);
  return known ? t(`targets.action.${known}`) : action;
}

/**
 * 绩效目标申报 of one project or unit: header, indicator tree, live target checks (the domain's
 * checkDeclaration, as the server's submission gate), save at the version read (Ctrl+S), and the moves
 * the server says this user may take now; reviewers approve or return with the 审核要点 checklist; an
 * approved declaration can be adjusted (调整指标值) or start the year's self-evaluation (生成自评).
 */
export default function DeclarationPage() {
  const { id = '' } = useParams();
  const state = useAsync((signal) => declarationApi.get(id, signal), id);
  if (state.status === 'error') return <Alert type="error" showIcon title={String(state.error)} />;
  if (!state.data) return <PageLoading />;
  return <DeclarationEditor key={`${state.data.id}`} initial={state.data} />;
}

function DeclarationEditor({ initial }: { initial: DeclarationRecord }) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const { user } = useSession();
  const [record, setRecord] = useState(initial);
  const [draft, setDraft] = useState<TargetDeclaration>(initial.declaration);
  const [dialog, setDialog] = useState<'approve' | 'return' | 'adjust' | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [historyTick, setHistoryTick] = useState(0);
  const [picking, setPicking] = useState(false);
  const preparer = user?.roles.some((g) => g.role === 'preparer') ?? false;
  const editable =
    preparer && (record.status === 'draft' || record.status === 'returned') && record.phase === 'declaration';
  const dirty = JSON.stringify(draft) !== JSON.stringify(record.declaration);
  const live = useMemo(() => liveFindings(draft), [draft]);
  const errors = live.findings.filter((f) => f.severity === 'error');
  const history = useAsync(() => declarationApi.history(record.id), `${record.id}#${historyTick}`);

  const done = useCallback((next: DeclarationRecord) => {
    setRecord(next);
    setDraft(next.declaration);
    setFailure(undefined);
    setHistoryTick((n) => n + 1);
  }, []);
  const attempt = useCallback(
    async (work: () => Promise<DeclarationRecord>, ok: string) => {
      try {
        done(await work());
        message.success(ok);
      } catch (e) {
        setFailure(errorText(t, e));
      }
    },
    [done, message, t],
  );
  const save = useCallback(
    () => attempt(() => declarationApi.save(record.id, record.version, draft), t('targets.saved')),
    [attempt, draft, record.id, record.version, t],
  );
  // Ctrl+S / ⌘S saves, as in the workbench.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (editable && dirty) void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dirty, editable, save]);

  const move = (m: DeclarationMove, body: Omit<MoveBody, 'version'> = {}) =>
    attempt(
      () => declarationApi.move(record.id, m, { version: record.version, ...body }),
      t(`targets.moved.${m}`),
    );
  const generate = async () => {
    try {
      const made = await declarationApi.generateEvaluation(record.id, record.version);
      navigate(`/evaluations/${made.evaluationId}`);
    } catch (e) {
      setFailure(errorText(t, e));
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="declaration-page">
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {record.title}
        </Typography.Title>
        <StatusTag status={record.status} />
        {record.phase === 'adjustment' && <Tag color="orange">{t('targets.phase.adjustment')}</Tag>}
        <Typography.Text type="secondary">
          {t('targets.version', { version: record.version })}
        </Typography.Text>
      </Space>
      <Space wrap data-testid="declaration-actions">
        {editable && (
          <Button type="primary" disabled={!dirty} onClick={() => void save()} data-testid="declaration-save">
            {t('common.save')}
          </Button>
        )}
        {record.actions.includes('submit') && (
          <Button
            disabled={dirty || errors.length > 0}
            onClick={() => void move('submit')}
            data-testid="declaration-submit"
          >
            {t('targets.submit')}
          </Button>
        )}
        {record.actions.includes('sign') && (
          <Button type="primary" onClick={() => void move('sign')} data-testid="declaration-sign">
            {t('review.sign')}
          </Button>
        )}
        {record.actions.includes('approve') && (
          <Button type="primary" onClick={() => setDialog('approve')} data-testid="declaration-approve">
            {t('review.approve')}
          </Button>
        )}
        {record.actions.includes('return') && (
          <Button danger onClick={() => setDialog('return')} data-testid="declaration-return">
            {t('review.return')}
          </Button>
        )}
        {record.actions.includes('withdraw') && (
          <Button onClick={() => void move('withdraw')}>{t('targets.withdraw')}</Button>
        )}
        {preparer && record.status === 'approved' && (
          <Button onClick={() => setDialog('adjust')} data-testid="declaration-adjust">
            {t('targets.adjust.open')}
          </Button>
        )}
        {preparer && record.status === 'approved' && record.evaluationId === null && (
          <Button type="primary" onClick={() => void generate()} data-testid="declaration-generate">
            {t('targets.generate')}
          </Button>
        )}
        {record.evaluationId && (
          <Button type="link" onClick={() => navigate(`/evaluations/${record.evaluationId}`)}>
            {t('targets.openEvaluation')}
          </Button>
        )}
      </Space>
      {failure && (
        <Alert type="error" showIcon title={failure} closable onClose={() => setFailure(undefined)} />
      )}
      <DeclarationHeader declaration={draft} editable={editable} onChange={setDraft} />
      <Card
        size="small"
        title={t('targets.indicators')}
        extra={
          editable && (
            <Space>
              <Button
                size="small"
                type="primary"
                onClick={() => setPicking((p) => !p)}
                data-testid="declaration-pick"
              >
                {t('targets.pickFromLibrary')}
              </Button>
              {LEVEL1.map((level1) => (
                <Button key={level1} size="small" onClick={() => setDraft(addBlankIndicator(draft, level1))}>
                  {t('targets.addCustom', { level1 })}
                </Button>
              ))}
            </Space>
          )
        }
      >
        {editable && picking && (
          <div style={{ marginBottom: 12 }} data-testid="declaration-picker">
            <IndicatorPicker
              {...(draft.project?.category ? { category: draft.project.category } : {})}
              onPick={(entry) => setDraft((d) => addFromLibrary(d, entry))}
            />
          </div>
        )}
        <IndicatorTable declaration={draft} editable={editable} onChange={setDraft} />
      </Card>
      <Card
        size="small"
        title={t('targets.checks', { count: live.findings.length })}
        data-testid="declaration-checks"
      >
        {live.unreadable.length > 0 && (
          <Alert type="warning" showIcon title={live.unreadable.map((m) => pick(m, lang)).join('；')} />
        )}
        <List
          size="small"
          dataSource={live.findings}
          locale={{ emptyText: t('targets.noFindings') }}
          renderItem={(f) => (
            <List.Item>
              <Tag
                color={f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'default'}
              >
                {t(`severity.${f.severity}`)}
              </Tag>
              {pick(f.message, lang)}
            </List.Item>
          )}
        />
      </Card>
      <Suspense fallback={null}>
        <PriorRectificationCard organisationId={record.organisationId} fiscalYear={record.fiscalYear} />
      </Suspense>
      <Card size="small" title={t('targets.history')}>
        <Timeline
          items={(history.data ?? []).map((h) => ({
            children: (
              <span>
                {showDateTime(h.at, lang)} · {h.userName ?? ''} · {actionLabel(t, h.action)}
                {h.comment ? `：${h.comment}` : ''}
              </span>
            ),
          }))}
        />
      </Card>
      {(dialog === 'approve' || dialog === 'return') && (
        <ReviewDialog
          mode={dialog}
          onCancel={() => setDialog(undefined)}
          onConfirm={async (body) => {
            await move(dialog, body);
            setDialog(undefined);
          }}
        />
      )}
      {dialog === 'adjust' && (
        <AdjustDialog
          declaration={record.declaration}
          onCancel={() => setDialog(undefined)}
          onConfirm={async (adjustments) => {
            await attempt(
              () => declarationApi.adjust(record.id, record.version, adjustments),
              t('targets.adjust.sent'),
            );
            setDialog(undefined);
          }}
        />
      )}
    </Space>
  );
}
