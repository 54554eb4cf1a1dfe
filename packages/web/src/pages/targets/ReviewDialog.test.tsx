// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerApi, renderInApp, session } from '../../test/render';
import { checklistOf, DIMENSIONS, ReviewDialog } from './ReviewDialog';

beforeEach(() => answerApi({ '/api/session': session('u3', '王审核') }));

/** Marks every 审核要点 as given: 通过 for true, 不通过 for false. */
function mark(passed: readonly boolean[]): void {
  DIMENSIONS.forEach((d, i) => {
    fireEvent.click(within(screen.getByTestId(`check-${d}`)).getByText(passed[i] ? '通过' : '不通过'));
  });
}

describe('the 审核要点 dialog of a declaration', () => {
  it('approves only once all four points are 通过, sending the checklist', async () => {
    const onConfirm = vi.fn(async (_body: unknown) => {});
    renderInApp(<ReviewDialog mode="approve" onCancel={vi.fn()} onConfirm={onConfirm} />);
    const ok = (await screen.findByTestId('review-confirm')) as HTMLButtonElement;
    expect(ok.disabled).toBe(true);
    mark([true, true, true, false]);
    expect(ok.disabled).toBe(true);
    expect(screen.getByText('有审核要点不通过，不能审核通过，请退回。')).toBeTruthy();
    mark([true, true, true, true]);
    expect(ok.disabled).toBe(false);
    fireEvent.click(ok);
    await vi.waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    expect(onConfirm.mock.calls[0]).toEqual([
      {
        checklist: {
          completeness: { passed: true },
          relevance: { passed: true },
          appropriateness: { passed: true },
          feasibility: { passed: true },
        },
      },
    ]);
  });

  it('returns only with a reason, the failed point going along', async () => {
    const onConfirm = vi.fn(async (_body: unknown) => {});
    renderInApp(<ReviewDialog mode="return" onCancel={vi.fn()} onConfirm={onConfirm} />);
    const ok = (await screen.findByTestId('review-confirm')) as HTMLButtonElement;
    mark([true, true, true, false]);
    expect(ok.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('review-comment'), { target: { value: '可行性不足' } });
    expect(ok.disabled).toBe(false);
    fireEvent.click(ok);
    await vi.waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    expect(onConfirm.mock.calls[0]?.[0]).toMatchObject({
      comment: '可行性不足',
      checklist: { feasibility: { passed: false } },
    });
  });

  it('has no checklist while a point is unmarked', () => {
    const points = {
      completeness: { passed: true, comment: '' },
      relevance: { passed: true, comment: ' 相关 ' },
      appropriateness: { passed: false, comment: '' },
      feasibility: { comment: '' },
    };
    expect(checklistOf(points)).toBeUndefined();
    expect(checklistOf({ ...points, feasibility: { passed: true, comment: '' } })?.relevance).toEqual({
      passed: true,
      comment: '相关',
    });
  });
});
