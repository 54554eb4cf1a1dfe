import { Alert, Button, Card, Input, Modal, message, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { PageLoading } from '../../app/PageState';
import { useSession } from '../../auth/SessionProvider';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { useAsync } from '../../lib/use-async';
import { fetchRuleSet } from '../../workbench/rule-sets';
import { addIndicator, type FundsField, type MonitoringDraft, setFunds } from './draft-ops';
import { IndicatorTable } from './IndicatorTable';
import { LightTag } from './LightTag';
import { liveMonitoring, newRowLevel1 } from './live';
import { type MonitoringRecord, type MonitoringTransition, monitoringApi } from './monitoring-api';
import { ProgressBars } from './ProgressBars';
import '../../i18n/areas/monitoring';

const FUNDS: readonly FundsField[] = ['budget', 'executed', 'expectedAnnual'];
const EDITABLE = new Set(['draft', 'returned']);

/**
 * One monitoring report (/monitoring/:id): the unit fills funds and indicator progress and sees 执行进度
 * against 时序进度 and each indicator's light computed live by the engine as it types (the server computes
 * the same on every read); saves at the version read; takes the workflow moves the server offers.
 */
export default function MonitoringPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const state = useAsync(async (signal) => {
    const record = await monitoringApi.get(id, signal);
    await fetchRuleSet(record.ruleSetId, signal);
    return record;
  }, id);
  if (!state.data) {
    return state.status === 'error' ? (
      <Alert type="error" message={errorText(t, state.error)} />
    ) : (
      <PageLoading />
    );
  }
  return <MonitoringEditor key={`${state.data.id}@${state.data.version}`} initial={state.data} />;
}

function MonitoringEditor({ initial }: { initial: MonitoringRecord }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const [record, setRecord] = useState(initial);
  const [draft, setDraft] = useState<MonitoringDraft>(initial.report);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  useEffect(() => setDraft(record.report), [record]);
  const live = useMemo(() => liveMonitoring(draft), [draft]);
  const result = live ?? record.computed;
  const isPreparer = user?.roles.some((g) => g.role === 'preparer') ?? false;
  const editable = isPreparer && EDITABLE.has(record.status);
  const change = (next: MonitoringDraft) => {
    setDraft(next);
    setDirty(true);
  };
  const run = async (work: () => Promise<MonitoringRecord>, done: string) => {
    setBusy(true);
    try {
      const next = await work();
      setRecord(next);
      setDirty(false);
      void message.success(done);
    } catch (e) {
      Modal.error({ title: t('monitoring.failed'), content: errorText(t, e) });
    } finally {
      setBusy(false);
    }
  };
  const save = () => run(() => monitoringApi.save(record.id, record.version, draft), t('monitoring.saved'));
  const move = (transition: MonitoringTransition) => {
    const go = (comment?: string) =>
      run(
        () => monitoringApi.transition(record.id, transition, record.version, comment),
        t('monitoring.moved'),
      );
    if (transition !== 'return') return go();
    let reason = '';
    Modal.confirm({
      title: t('monitoring.action.return'),
      content: (
        <Input.TextArea
          aria-label={t('monitoring.returnReason')}
          onChange={(e) => (reason = e.target.value)}
        />
      ),
      onOk: () => go(reason),
    });
  };
  const name = draft.project?.name ?? draft.unit.name;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {name}
        </Typography.Title>
        <StatusTag status={record.status} />
        <Typography.Text type="secondary">
          {t('monitoring.period', { year: draft.fiscalYear, month: result.throughMonth })}
          {draft.round === 2 ? ` · ${t('monitoring.secondRound')}` : ''}
        </Typography.Text>
        <LightTag light={result.light} explanation={result.lightExplanation} />
        {result.focus && <Typography.Text type="danger">{t('monitoring.focus')}</Typography.Text>}
      </Space>
      <Space wrap>
        {editable && (
          <Button type="primary" loading={busy} disabled={!dirty} onClick={save}>
            {t('common.save')}
          </Button>
        )}
        {record.actions.map((a) => (
          <Button key={a} disabled={busy || (a === 'submit' && dirty)} onClick={() => move(a)}>
            {t(`monitoring.action.${a}`)}
          </Button>
        ))}
        <Button disabled={dirty} onClick={() => void monitoringApi.exportReport(record.id, name)}>
          {t('monitoring.exportReport')}
        </Button>
        <Typography.Text type="secondary">
          {t('monitoring.version', { version: record.version })}
        </Typography.Text>
      </Space>
      <Card title={t('monitoring.funds')} size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          {FUNDS.map((field) => (
            <div key={field}>
              {t(`monitoring.fund.${field}`)}
              <Input
                aria-label={t(`monitoring.fund.${field}`)}
                style={{ width: 140, marginLeft: 4 }}
                disabled={!editable}
                value={draft.funds.total[field] ?? ''}
                onChange={(e) => change(setFunds(draft, field, e.target.value))}
                suffix={t(`monitoring.unit.${draft.amountUnit}`)}
              />
            </div>
          ))}
        </Space>
        <ProgressBars result={result} />
      </Card>
      <Card
        title={t('monitoring.indicators')}
        size="small"
        extra={
          editable && (
            <Button
              size="small"
              onClick={() =>
                change(addIndicator(draft, newRowLevel1(draft.ruleSet), t('monitoring.newIndicator')))
              }
            >
              {t('monitoring.addIndicator')}
            </Button>
          )
        }
      >
        <IndicatorTable draft={draft} result={result} editable={editable} onChange={change} />
      </Card>
      {result.triggers.length > 0 && (
        <Alert
          type="warning"
          message={t('monitoring.triggers')}
          description={result.triggers.map((x) => x.message[lang]).join('；')}
        />
      )}
      {record.followUp && (
        <Card title={t('monitoring.followUp')} size="small">
          <p>
            {t('monitoring.rectificationNeeded')}：
            {record.followUp.rectificationNeeded === undefined
              ? '—'
              : t(record.followUp.rectificationNeeded ? 'monitoring.yes' : 'monitoring.no')}
          </p>
          <p>
            {t('monitoring.requirement')}：{record.followUp.requirement ?? '—'}
          </p>
          <p>
            {t('monitoring.result')}：{record.followUp.result ?? '—'}
          </p>
        </Card>
      )}
    </Space>
  );
}
