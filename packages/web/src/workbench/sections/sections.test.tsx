// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useEvaluationEditor } from '../../pages/workbench/use-evaluation-editor';
import { useWorkbenchValue } from '../../pages/workbench/use-workbench-value';
import { answerApi, recordOf, renderInApp, session } from '../../test/render';
import { type Draft, emptyDraft } from '../draft';
import { ScorePanel } from '../ScorePanel';
import { WorkbenchContext } from '../WorkbenchContext';
import { FundsSection } from './FundsSection';
import { IndicatorGrid } from './IndicatorGrid';

const evaluation: Draft = {
  ...emptyDraft('project', 2022, '重庆市璧山区科学技术局', 'mof-2020'),
  project: { name: '科技创新专项' },
  funds: { total: { initialBudget: '2931.88', adjustedBudget: '2851.19', executed: '1209.56' } },
  goals: [{ expected: '推动科技创新' }],
  indicators: [
    {
      id: 'a',
      level1: '产出指标',
      level2: '数量指标',
      name: '新增科技型企业数量',
      weight: '15',
      target: { comparator: '>=', value: '150', unit: '家' },
      actual: { value: '171' },
    },
  ],
};

/** A section inside the workbench's real editor state (draft, live scoring, context), as the page has it. */
function Workbench({ section }: { section: 'funds' | 'indicators' }) {
  const ed = useEvaluationEditor(recordOf(evaluation));
  const value = useWorkbenchValue(ed, false);
  return (
    <WorkbenchContext.Provider value={value.ctx}>
      {section === 'funds' ? <FundsSection /> : <IndicatorGrid />}
      <ScorePanel live={ed.live} />
    </WorkbenchContext.Provider>
  );
}

beforeEach(() => {
  answerApi({ '/api/session': session('u1', '张填报'), '/api/evaluations/e1/comments': { items: [] } });
});

describe('the funds section', () => {
  it('scores the execution rate of what is loaded: 1209.56 of 2851.19 is 42.42%, 10 × 42.42% = 4.24', async () => {
    renderInApp(<Workbench section="funds" />);
    expect((await screen.findByTestId('execution-rate')).textContent).toBe('42.42%');
    expect(screen.getByTestId('execution-score').textContent).toBe('4.24');
  });

  it('re-scores as 全年执行数 is edited, rounding the rate and then the score half up', async () => {
    renderInApp(<Workbench section="funds" />);
    const executed = await screen.findByLabelText('年度资金总额 全年执行数');
    // 2000 ÷ 2851.19 = 70.146…% → 70.15%; 10 × 70.15% = 7.015 → 7.02.
    fireEvent.change(executed, { target: { value: '2,000' } });
    await waitFor(() => expect(screen.getByTestId('execution-rate').textContent).toBe('70.15%'));
    expect(screen.getByTestId('execution-score').textContent).toBe('7.02');
    expect(screen.getByTestId('live-execution-score').textContent).toBe('7.02');
    expect((executed as HTMLInputElement).value).toBe('2000');
  });

  it('says why a figure that is not a number cannot be scored, beside the field', async () => {
    renderInApp(<Workbench section="funds" />);
    fireEvent.change(await screen.findByLabelText('年度资金总额 全年执行数'), { target: { value: '12O9' } });
    const field = document.querySelector('[data-path="funds.total.executed"]');
    await waitFor(() => expect(field?.querySelector('[role="alert"]')?.textContent).toBeTruthy());
  });
});

describe('the indicator grid', () => {
  it('scores a row as its 实际完成值 changes: 120 of ≥150 gives 15 × 120/150 = 12.00', async () => {
    renderInApp(<Workbench section="indicators" />);
    expect((await screen.findByTestId('score-0')).textContent).toBe('15.00');
    fireEvent.change(screen.getByLabelText('实际完成值 1'), { target: { value: '120' } });
    await waitFor(() => expect(screen.getByTestId('score-0').textContent).toBe('12.00'));
    expect(screen.getByTestId('live-indicator-score').textContent).toBe('12.00');
  });

  it('inserts rows pasted from Excel below the row they are pasted into, and scores them', async () => {
    renderInApp(<Workbench section="indicators" />);
    const cell = await screen.findByLabelText('三级指标 1');
    fireEvent.paste(cell, {
      clipboardData: { getData: () => '\t\t新增高新技术企业数量\t≥50家\t40家\t10\t\t' },
    });
    expect(((await screen.findByLabelText('三级指标 2')) as HTMLInputElement).value).toBe(
      '新增高新技术企业数量',
    );
    // 40 of ≥50: 10 × 40/50 = 8.00.
    await waitFor(() => expect(screen.getByTestId('score-1').textContent).toBe('8.00'));
  });
});
