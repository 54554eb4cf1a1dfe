// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EvaluationRecord } from '../../api/types';
import { answerApi, recordOf, renderInApp, session } from '../../test/render';
import { type Draft, emptyDraft } from '../../workbench/draft';
import { readLocalDraft } from '../../workbench/local-drafts';
import { DraftRestoreDialog } from './DraftRestoreDialog';
import { useEvaluationEditor } from './use-evaluation-editor';
import { useLocalDraft } from './use-local-draft';

const v1: Draft = {
  ...emptyDraft('unitWide', 2022, '重庆市璧山区科学技术局', 'mof-2020'),
  narrative: { problems: '宣传不足', suggestions: '加强宣传' },
};

/** The workbench's editor state with its local draft, and two narrative fields to type into. */
function Editor({ record }: { record: EvaluationRecord }) {
  const ed = useEvaluationEditor(record);
  const local = useLocalDraft(ed, 'u1', false);
  return (
    <>
      {(['problems', 'suggestions'] as const).map((k) => (
        <input
          key={k}
          aria-label={k}
          value={ed.draft.narrative?.[k] ?? ''}
          onChange={(e) => ed.setField(`narrative.${k}`, e.target.value)}
        />
      ))}
      {local.offer && (
        <DraftRestoreDialog offer={local.offer} onRestore={local.restore} onDiscard={local.discard} />
      )}
    </>
  );
}

const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

beforeEach(() => answerApi({ '/api/session/current': { session: session('u1', '张填报') } }));

describe('useLocalDraft', () => {
  it('keeps typed changes in this browser and offers them back, with what differs, on reopening', async () => {
    const record = recordOf(v1, { id: 'e-reopen' });
    const first = renderInApp(<Editor record={record} />);
    fireEvent.change(screen.getByLabelText('problems'), { target: { value: '申领流程复杂' } });
    await waitFor(async () =>
      expect((await readLocalDraft('u1', 'e-reopen'))?.draft.narrative?.problems).toBe('申领流程复杂'),
    );
    first.unmount();

    renderInApp(<Editor record={record} />);
    const offer = await screen.findByTestId('draft-differences');
    expect(offer.textContent).toBe('存在的问题及原因分析');
    expect(value('problems')).toBe('宣传不足');
    fireEvent.click(screen.getByTestId('draft-restore'));
    await waitFor(() => expect(value('problems')).toBe('申领流程复杂'));
  });

  it('restores into a version saved meanwhile by merging: the other field saved elsewhere stays', async () => {
    const first = renderInApp(<Editor record={recordOf(v1, { id: 'e-merge' })} />);
    fireEvent.change(screen.getByLabelText('problems'), { target: { value: '申领流程复杂' } });
    await waitFor(async () => expect(await readLocalDraft('u1', 'e-merge')).toBeDefined());
    first.unmount();

    const v2 = { ...v1, narrative: { ...v1.narrative, suggestions: '简化流程' } };
    renderInApp(<Editor record={recordOf(v2, { id: 'e-merge', version: 2 })} />);
    fireEvent.click(await screen.findByTestId('draft-restore'));
    await waitFor(() => expect(value('problems')).toBe('申领流程复杂'));
    expect(value('suggestions')).toBe('简化流程');
  });

  it('forgets the draft when it is discarded, or once nothing differs from what is saved', async () => {
    const record = recordOf(v1, { id: 'e-discard' });
    const first = renderInApp(<Editor record={record} />);
    fireEvent.change(screen.getByLabelText('problems'), { target: { value: '申领流程复杂' } });
    await waitFor(async () => expect(await readLocalDraft('u1', 'e-discard')).toBeDefined());
    first.unmount();

    renderInApp(<Editor record={record} />);
    fireEvent.click(await screen.findByTestId('draft-discard'));
    await waitFor(async () => expect(await readLocalDraft('u1', 'e-discard')).toBeUndefined());
    expect(value('problems')).toBe('宣传不足');
    fireEvent.change(screen.getByLabelText('problems'), { target: { value: '改了' } });
    await waitFor(async () => expect(await readLocalDraft('u1', 'e-discard')).toBeDefined());
    fireEvent.change(screen.getByLabelText('problems'), { target: { value: '宣传不足' } });
    await waitFor(async () => expect(await readLocalDraft('u1', 'e-discard')).toBeUndefined());
  });
});
