import { describe, expect, it } from 'vitest';
import { availableTransitions, can, isEditable, isFinal, requirementsFor } from './machine';
import { RECTIFICATION_WORKFLOW as W } from './rectification';
import { workflowProblems } from './validate';

const unit = { roles: ['preparer'] };
const head = { roles: ['unitApprover'] };
const department = { roles: ['departmentReviewer'] };
const finance = { roles: ['financeReviewer'] };

describe('the rectification workflow', () => {
  it('is a sound definition', () => {
    expect(workflowProblems(W)).toEqual([]);
  });

  it.each([
    // transition, from, actor, verdict
    ['start', 'pending', unit, { ok: true, to: 'inProgress' }],
    ['start', 'pending', head, { ok: true, to: 'inProgress' }],
    ['start', 'pending', department, { ok: false, reason: 'role' }],
    ['report', 'inProgress', unit, { ok: true, to: 'reported' }],
    ['report', 'pending', unit, { ok: false, reason: 'status' }],
    ['report', 'inProgress', finance, { ok: false, reason: 'role' }],
    ['close', 'reported', department, { ok: true, to: 'closed' }],
    ['close', 'reported', finance, { ok: true, to: 'closed' }],
    ['close', 'reported', unit, { ok: false, reason: 'role' }],
    ['close', 'inProgress', finance, { ok: false, reason: 'status' }],
    ['return', 'reported', department, { ok: true, to: 'inProgress' }],
    ['return', 'reported', head, { ok: false, reason: 'role' }],
    ['return', 'closed', finance, { ok: false, reason: 'status' }],
  ] as const)('%s from %s by %j → %j', (transition, status, actor, verdict) => {
    expect(can(W, transition, actor, { status })).toEqual(verdict);
  });

  it('asks the unit for what it did when reporting and the reviewer for a reason when sending back', () => {
    expect(requirementsFor(W, 'report')).toEqual(['reason']);
    expect(requirementsFor(W, 'return')).toEqual(['reason']);
    expect(requirementsFor(W, 'start')).toEqual([]);
    expect(requirementsFor(W, 'close')).toEqual([]);
  });

  it('locks a closed-out item for good and keeps open ones editable', () => {
    expect(isFinal(W, 'closed')).toBe(true);
    expect(isEditable(W, 'closed')).toBe(false);
    for (const s of ['pending', 'inProgress', 'reported'] as const) expect(isEditable(W, s)).toBe(true);
    expect(
      availableTransitions(W, { roles: ['preparer', 'financeReviewer'] }, { status: 'reported' }),
    ).toEqual(['close', 'return']);
  });
});
