import { adjustTargets, type TargetChange } from '@jixiao/domain';
import type { Db } from '../db/connect';
import { conflict } from '../http/errors';
import { serverMessage as m } from '../messages';
import { type DeclarationRow, declarationOf, loadDeclaration, updateDeclarationVersioned } from './store';
import { recordReview } from './transition';

/**
 * 调整指标值 through procedure: on an approved declaration the preparer names the indicators, their new
 * targets and why (domain `adjustTargets`); the declaration goes under review again in phase `adjustment`
 * (status 已提交, the review chain from its first step). The declared targets stay; the last approval dates
 * the adjustment (declarations/transition.ts), and from then on the adjusted target is the one in force.
 */
export async function startAdjustment(
  db: Db,
  input: { id: string; version: number; userId: string; adjustments: TargetChange[] },
): Promise<DeclarationRow> {
  return db.transaction(async (tx) => {
    const current = await loadDeclaration(tx, input.id);
    if (current.status !== 'approved') throw conflict(m('declaration.adjustOnlyApproved'));
    // adjustTargets refuses, locating each, a change to an indicator that does not exist or without a reason.
    const declared = declarationOf(current);
    const row = await updateDeclarationVersioned(
      tx,
      current.id,
      input.version,
      input.userId,
      { declaration: adjustTargets(declared, input.adjustments), status: 'submitted', phase: 'adjustment' },
      'adjust',
      { fromStatus: current.status },
    );
    await recordReview(tx, {
      declarationId: current.id,
      transition: 'adjust',
      fromStatus: current.status,
      row,
      userId: input.userId,
      comment: input.adjustments.map((a) => a.reason).join('；'),
    });
    return row;
  });
}
