import { isEditable, parseRectificationItem, RECTIFICATION_WORKFLOW } from '@jixiao/domain';
import type { DbOrTx } from '../db/connect';
import { conflict } from '../http/errors';
import { serverMessage as m } from '../messages';
import { loadRectification, type RectificationRow, updateRectificationVersioned } from './store';

/** Content changes only while the item is open (the workflow's editable statuses: not 已销号). */
export function assertRectificationEditable(row: Pick<RectificationRow, 'status'>): void {
  if (isEditable(RECTIFICATION_WORKFLOW, row.status)) return;
  throw conflict(m('rectification.notEditable', { status: m(`status.${row.status}`) }));
}

/** The reviewer's edit of problem, measure or deadline, at the version read; checked as a new item is. */
export async function editRectification(
  db: DbOrTx,
  input: {
    id: string;
    version: number;
    userId: string;
    problem?: string | undefined;
    measure?: string | undefined;
    deadline?: string | undefined;
  },
): Promise<RectificationRow> {
  const current = await loadRectification(db, input.id);
  assertRectificationEditable(current);
  const item = parseRectificationItem({
    source: current.source,
    fiscalYear: current.fiscalYear,
    problem: input.problem ?? current.problem,
    measure: input.measure ?? current.measure,
    deadline: input.deadline ?? current.deadline,
  });
  return updateRectificationVersioned(
    db,
    { id: input.id, version: input.version, userId: input.userId, action: 'update' },
    { problem: item.problem, measure: item.measure, deadline: item.deadline },
    assertRectificationEditable,
  );
}
