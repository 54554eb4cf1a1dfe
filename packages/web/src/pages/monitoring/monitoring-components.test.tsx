// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerApiWith, renderInApp, session } from '../../test/render';
import type { MonitoringDraft } from './draft-ops';
import { FollowUpDialog } from './FollowUpDialog';
import { IndicatorTable } from './IndicatorTable';
import { liveMonitoring } from './live';

const draft: MonitoringDraft = {
  format: 'jixiao.monitoring',
  schemaVersion: 1,
  kind: 'project',
  fiscalYear: 2024,
  ruleSet: 'mof-2020',
  amountUnit: 'wanYuan',
  throughMonth: 7,
  round: 1,
  unit: { name: '甲单位' },
  project: { name: '乙项目' },
  funds: { total: { budget: '100', executed: '30' } },
  goals: {},
  indicators: [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '讲座次数',
      target: { comparator: '>=', value: '120', unit: '个' },
      progress: { value: '42' },
      expectedAnnual: {},
      deviation: {},
    },
  ],
  meta: {},
};

describe('the indicator rows of a monitoring report', () => {
  beforeEach(() =>
    answerApiWith((_, path) => (path === '/api/session' ? [200, session('u1', '张填报')] : undefined)),
  );

  it('shows the engine light of each row and passes a typed progress on as the decimal string', async () => {
    const onChange = vi.fn();
    renderInApp(<IndicatorTable draft={draft} result={liveMonitoring(draft)} editable onChange={onChange} />);
    // 42 ÷ (120 ÷ 12 × 7) = 60.00% → yellow
    expect((await screen.findByText('黄灯')).closest('[data-light]')?.getAttribute('data-light')).toBe(
      'yellow',
    );
    fireEvent.change(screen.getByLabelText('执行情况 1'), { target: { value: '56' } });
    const next: MonitoringDraft = onChange.mock.calls[0]?.[0];
    expect(next.indicators[0]?.progress).toEqual({ value: '56' });
    // 56 ÷ 70 = 80.00% → green
    expect(liveMonitoring(next)?.indicators[0]?.light).toBe('green');
  });
});

describe('the follow-up dialog', () => {
  it('reads the report for its version and saves the follow-up at that version', async () => {
    const saved: unknown[] = [];
    answerApiWith((method, path, body) => {
      if (path === '/api/session') return [200, session('u1', '李财政')];
      if (method === 'GET' && path === '/api/monitoring/r1')
        return [200, { id: 'r1', version: 4, followUp: null }];
      if (method === 'PUT' && path === '/api/monitoring/r1/follow-up') {
        saved.push(body);
        return [200, { id: 'r1', version: 5 }];
      }
      return undefined;
    });
    const onClose = vi.fn();
    renderInApp(<FollowUpDialog target={{ id: 'r1', title: '乙项目' }} onClose={onClose} />);
    fireEvent.click(await screen.findByLabelText('是'));
    fireEvent.change(screen.getByLabelText('整改要求和建议'), { target: { value: '加快进度' } });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /保\s*存/ }).hasAttribute('disabled')).toBe(false),
    );
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    expect(saved).toEqual([{ version: 4, followUp: { rectificationNeeded: true, requirement: '加快进度' } }]);
  });
});
