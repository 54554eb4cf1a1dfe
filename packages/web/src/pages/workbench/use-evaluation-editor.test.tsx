// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import type { EvaluationRecord } from '../../api/types';
import { answerApiWith, recordOf } from '../../test/render';
import { type Draft, emptyDraft } from '../../workbench/draft';
import { useEvaluationEditor } from './use-evaluation-editor';

const v1: Draft = {
  ...emptyDraft('unitWide', 2022, '重庆市璧山区科学技术局', 'mof-2020'),
  narrative: { problems: '宣传不足', suggestions: '加强宣传' },
};

/**
 * A stand-in server holding one evaluation at `version`: a PUT at any other version is refused with 409
 * (as the real one does), a PUT while `locked` too; each PUT body is recorded.
 */
function server(current: EvaluationRecord, locked = false) {
  const puts: { version: number; evaluation: Draft }[] = [];
  let rec = current;
  answerApiWith((method, path, body) => {
    if (path !== `/api/evaluations/${rec.id}`) return undefined;
    if (method === 'GET') return [200, rec];
    const put = body as { version: number; evaluation: Draft };
    puts.push(put);
    if (locked || put.version !== rec.version)
      return [409, { error: { code: 'CONFLICT', message: '版本已变化' } }];
    rec = { ...rec, version: rec.version + 1, evaluation: put.evaluation as EvaluationRecord['evaluation'] };
    return [200, rec];
  });
  return puts;
}

function edit(result: { current: ReturnType<typeof useEvaluationEditor> }, path: string, value: string) {
  act(() => result.current.setField(path, value));
}

describe('saving a stale version', () => {
  it('merges what was saved elsewhere and saves again at once when no field was changed by both', async () => {
    const { result } = renderHook(() => useEvaluationEditor(recordOf(v1, { version: 1 })));
    const puts = server(
      recordOf({ ...v1, narrative: { ...v1.narrative, suggestions: '简化流程' } }, { version: 2 }),
    );
    edit(result, 'narrative.problems', '申领流程复杂');
    await act(() => result.current.save());
    expect(puts.map((p) => [p.version, p.evaluation.narrative])).toEqual([
      [1, { problems: '申领流程复杂', suggestions: '加强宣传' }],
      [2, { problems: '申领流程复杂', suggestions: '简化流程' }],
    ]);
    expect(result.current.draft.narrative).toEqual({ problems: '申领流程复杂', suggestions: '简化流程' });
    expect(result.current.record.version).toBe(3);
    expect(result.current.dirty).toBe(false);
    expect(result.current.lastSaveMerged.current).toBe(true);
    expect(result.current.conflict).toBeUndefined();
  });

  it('asks about a field both changed, then saves the merge with the choice made', async () => {
    const { result } = renderHook(() => useEvaluationEditor(recordOf(v1, { version: 1 })));
    const puts = server(
      recordOf({ ...v1, narrative: { problems: '资金拨付晚', suggestions: '简化流程' } }, { version: 2 }),
    );
    edit(result, 'narrative.problems', '申领流程复杂');
    await act(() => result.current.save());
    expect(puts).toHaveLength(1);
    expect(result.current.conflict?.conflicts.map((c) => [c.key, c.mine, c.theirs])).toEqual([
      ['narrative.problems', '申领流程复杂', '资金拨付晚'],
    ]);
    await act(() => result.current.resolveConflict({ 'narrative.problems': 'theirs' }));
    expect(puts[1]).toEqual({
      version: 2,
      evaluation: expect.objectContaining({ narrative: { problems: '资金拨付晚', suggestions: '简化流程' } }),
    });
    expect(result.current.conflict).toBeUndefined();
    expect(result.current.draft.narrative?.problems).toBe('资金拨付晚');
  });

  it('shows the server’s refusal, without retrying, when the version is current but the evaluation locked', async () => {
    const { result } = renderHook(() => useEvaluationEditor(recordOf(v1, { version: 1 })));
    const puts = server(recordOf(v1, { version: 1, status: 'submitted' }), true);
    edit(result, 'narrative.problems', '申领流程复杂');
    let error: unknown;
    await act(() => result.current.save().catch((e: unknown) => (error = e)));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409 });
    expect(puts).toHaveLength(1);
    expect(result.current.dirty).toBe(true);
  });
});
