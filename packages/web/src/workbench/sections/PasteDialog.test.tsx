// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerApi, renderInApp, session } from '../../test/render';
import { PasteDialog } from './PasteDialog';

beforeEach(() => answerApi({ '/api/session': session('u1', '张填报') }));

const pasted = [
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '产出指标\t数量指标\t新增科技型企业数量\t≥150家\t171家\t15\t15\t',
  '\t\t新增高新技术企业数量\t≥50家\t59家\t十五\t\t',
].join('\n');

describe('PasteDialog', () => {
  it('previews the rows read from pasted Excel text and names each problem by line and column', async () => {
    renderInApp(<PasteDialog onClose={vi.fn()} onAppend={vi.fn()} />);
    fireEvent.change(await screen.findByTestId('paste-area'), { target: { value: pasted } });
    expect(screen.getByText('识别出 2 行指标')).toBeTruthy();
    expect(screen.getByText('第 3 行「分值」不是数字：十五')).toBeTruthy();
  });

  it('appends the rows as read, merged 一级/二级 cells filled from the row above', async () => {
    const onAppend = vi.fn();
    renderInApp(<PasteDialog onClose={vi.fn()} onAppend={onAppend} />);
    fireEvent.change(await screen.findByTestId('paste-area'), { target: { value: pasted } });
    fireEvent.click(screen.getByRole('button', { name: '追加到表格末尾' }));
    expect(onAppend).toHaveBeenCalledTimes(1);
    const rows = onAppend.mock.calls[0]?.[0];
    expect(rows).toEqual([
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '新增科技型企业数量',
        weight: '15',
        // The wording as pasted is kept beside what was read from it.
        target: { comparator: '>=', value: '150', unit: '家', text: '≥150家' },
        actual: { value: '171', text: '171家' },
        score: '15',
      },
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '新增高新技术企业数量',
        weight: '十五',
        target: { comparator: '>=', value: '50', unit: '家', text: '≥50家' },
        actual: { value: '59', text: '59家' },
      },
    ]);
  });

  it('cannot append while nothing pasted is a row', async () => {
    renderInApp(<PasteDialog onClose={vi.fn()} onAppend={vi.fn()} />);
    fireEvent.change(await screen.findByTestId('paste-area'), { target: { value: '只有一列' } });
    expect(screen.getByText('识别出 0 行指标')).toBeTruthy();
    expect((screen.getByRole('button', { name: '追加到表格末尾' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
