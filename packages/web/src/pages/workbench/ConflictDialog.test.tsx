// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerApi, recordOf, renderInApp, session } from '../../test/render';
import { type Draft, emptyDraft } from '../../workbench/draft';
import { type MergeSide, merge3 } from '../../workbench/merge';
import { ConflictDialog } from './ConflictDialog';
import type { Conflict } from './use-evaluation-editor';

const row = (id: string, name: string, weight: string) => ({ id, level1: '产出指标', name, weight });
const base: Draft = {
  ...emptyDraft('unitWide', 2022, '重庆市璧山区科学技术局', 'mof-2020'),
  narrative: { problems: '资金到位较晚' },
  indicators: [row('a', '新增科技型企业数量', '15'), row('b', '技术合同认定个数', '10')],
};
/** This window changed 存在的问题 and row 2's 分值; the other deleted row 2 and changed 存在的问题 too. */
const mine: Draft = {
  ...base,
  narrative: { problems: '项目启动晚' },
  indicators: [row('a', '新增科技型企业数量', '15'), row('b', '技术合同认定个数', '12')],
};
const theirsDraft: Draft = {
  ...base,
  narrative: { problems: '资金拨付晚' },
  indicators: [row('a', '新增科技型企业数量', '15')],
};

function conflictBy(updatedBy: string, updatedByName: string): Conflict {
  return {
    base,
    mine,
    theirs: recordOf(theirsDraft, { version: 2, updatedBy, updatedByName }),
    theirsDraft,
    conflicts: merge3(base, mine, theirsDraft).conflicts,
  };
}

beforeEach(() => answerApi({ '/api/session/current': { session: session('u1', '张填报') } }));

/** The dialog as user u1 sees it, the other side saved by `by`. */
function openDialog(by: [string, string], onSave: (choices: Record<string, MergeSide>) => void = vi.fn()) {
  renderInApp(
    <ConflictDialog conflict={conflictBy(...by)} busy={false} onSave={onSave} onKeepTheirs={vi.fn()} />,
  );
}

describe('ConflictDialog', () => {
  it('names the same user’s other window as such, not as someone else', async () => {
    openDialog(['u1', '张填报']);
    await waitFor(() =>
      expect(screen.getByTestId('conflict-body').textContent).toContain('您在另一个窗口中的修改'),
    );
    expect(screen.getByText('您在另一个窗口中的修改', { selector: 'th' })).toBeTruthy();
    expect(screen.getByTestId('conflict-body').textContent).toContain('以下 2 处两边改得不同');
    expect(document.body.textContent).not.toContain('他人');
  });

  it('names another user by name', async () => {
    openDialog(['u2', '李会计']);
    await screen.findByText('李会计的修改', { selector: 'th' });
    expect(screen.getByTestId('conflict-body').textContent).toContain('李会计于');
  });

  it('lists only the true conflicts, field by field, with a deleted row shown as deleted', async () => {
    openDialog(['u1', '张填报']);
    const rows = await screen.findAllByRole('row');
    const texts = rows.slice(1).map((r) => r.textContent);
    // In the order of the evaluation's fields: the indicators come before the narrative.
    expect(texts).toEqual([
      '绩效指标 第 2 行技术合同认定个数（删除了这一行）',
      '存在的问题及原因分析项目启动晚资金拨付晚',
    ]);
  });

  it('saves with this window’s value where nothing was chosen and the other’s where it was', async () => {
    const onSave = vi.fn<(choices: Record<string, MergeSide>) => void>();
    openDialog(['u1', '张填报'], onSave);
    fireEvent.click(await screen.findByTestId('conflict-theirs-narrative.problems'));
    fireEvent.click(screen.getByTestId('conflict-save'));
    expect(onSave).toHaveBeenCalledWith({ 'narrative.problems': 'theirs' });
    const { merged } = merge3(base, mine, theirsDraft, (k) => onSave.mock.calls[0]?.[0][k] ?? 'mine');
    expect(merged.narrative).toEqual({ problems: '资金拨付晚' });
    expect(merged.indicators).toEqual(mine.indicators);
  });

  it('names a list merged as a whole by its section, never by its path', async () => {
    const goals = (...expected: string[]) => ({ ...base, goals: expected.map((e) => ({ expected: e })) });
    const [b, m, t] = [goals('甲'), goals('甲', '乙'), goals('丙')];
    const conflict = {
      base: b,
      mine: m,
      theirs: recordOf(t),
      theirsDraft: t,
      conflicts: merge3(b, m, t).conflicts,
    };
    renderInApp(<ConflictDialog conflict={conflict} busy={false} onSave={vi.fn()} onKeepTheirs={vi.fn()} />);
    const rows = await screen.findAllByRole('row');
    expect(rows.slice(1).map((r) => r.textContent)).toEqual(['年度总体目标甲 / 乙丙']);
  });
});
