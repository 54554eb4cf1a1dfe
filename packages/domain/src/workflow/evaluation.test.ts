import { describe, expect, it } from 'vitest';
import { type EvaluationStatus, type EvaluationTransition, EVALUATION_WORKFLOW as W } from './evaluation';
import {
  availableTransitions,
  can,
  isEditable,
  isFinal,
  nextStatus,
  requirementsFor,
  transitionRoles,
} from './machine';
import { workflowProblems } from './validate';

type Role = 'preparer' | 'unitApprover' | 'departmentReviewer' | 'financeReviewer' | 'admin';
const ROLES: Role[] = ['preparer', 'unitApprover', 'departmentReviewer', 'financeReviewer', 'admin'];
const STATUSES: EvaluationStatus[] = ['draft', 'submitted', 'signed', 'approved', 'returned'];
const TRANSITIONS: EvaluationTransition[] = ['submit', 'sign', 'approve', 'return'];

describe('the evaluation workflow', () => {
  it('is a sound definition', () => {
    expect(workflowProblems(W)).toEqual([]);
  });

  // Every (transition, status) pair: where it leads, or "—" when the transition does not leave the status.
  const moves: [EvaluationTransition, EvaluationStatus, EvaluationStatus | undefined][] = [
    ['submit', 'draft', 'submitted'],
    ['submit', 'submitted', undefined],
    ['submit', 'signed', undefined],
    ['submit', 'approved', undefined],
    ['submit', 'returned', 'submitted'],
    ['sign', 'draft', undefined],
    ['sign', 'submitted', 'signed'],
    ['sign', 'signed', undefined],
    ['sign', 'approved', undefined],
    ['sign', 'returned', undefined],
    ['approve', 'draft', undefined],
    ['approve', 'submitted', undefined],
    ['approve', 'signed', 'approved'],
    ['approve', 'approved', undefined],
    ['approve', 'returned', undefined],
    ['return', 'draft', undefined],
    ['return', 'submitted', 'returned'],
    ['return', 'signed', 'returned'],
    ['return', 'approved', undefined],
    ['return', 'returned', undefined],
  ];
  it.each(moves)('%s from %s leads to %s', (t, from, to) => {
    expect(nextStatus(W, t, from)).toBe(to);
  });

  // Who may take each transition from the status it leaves.
  const who: [EvaluationTransition, EvaluationStatus, Role[]][] = [
    ['submit', 'draft', ['preparer']],
    ['submit', 'returned', ['preparer']],
    ['sign', 'submitted', ['unitApprover']],
    ['approve', 'signed', ['departmentReviewer', 'financeReviewer']],
    ['return', 'submitted', ['unitApprover', 'departmentReviewer', 'financeReviewer']],
    ['return', 'signed', ['departmentReviewer', 'financeReviewer']],
  ];
  it.each(who)('%s from %s is for %j', (t, from, roles) => {
    expect(transitionRoles(W, t, from)).toEqual(roles);
    for (const role of ROLES) {
      const verdict = can(W, t, { roles: [role] }, { status: from });
      expect(verdict.ok, role).toBe(roles.includes(role));
    }
  });

  it('refuses by status before role: an approved evaluation is locked for everyone', () => {
    for (const t of TRANSITIONS) {
      expect(can(W, t, { roles: ROLES }, { status: 'approved' })).toEqual({ ok: false, reason: 'status' });
    }
  });

  it('names the role as the reason when the status allows the move', () => {
    expect(can(W, 'return', { roles: ['unitApprover'] }, { status: 'signed' })).toEqual({
      ok: false,
      reason: 'role',
    });
    expect(can(W, 'return', { roles: ['unitApprover'] }, { status: 'submitted' })).toEqual({
      ok: true,
      to: 'returned',
    });
  });

  it('lets an actor holding several roles take what any of them may', () => {
    expect(
      availableTransitions(W, { roles: ['unitApprover', 'financeReviewer'] }, { status: 'submitted' }),
    ).toEqual(['sign', 'return']);
    expect(availableTransitions(W, { roles: ['unitApprover'] }, { status: 'signed' })).toEqual([]);
    expect(availableTransitions(W, { roles: ['financeReviewer'] }, { status: 'signed' })).toEqual([
      'approve',
      'return',
    ]);
    expect(availableTransitions(W, { roles: ['preparer'] }, { status: 'returned' })).toEqual(['submit']);
    expect(availableTransitions(W, { roles: ['admin'] }, { status: 'draft' })).toEqual([]);
  });

  const requirements: [EvaluationTransition, string[]][] = [
    ['submit', ['noErrors', 'warningsAcknowledged']],
    ['sign', []],
    ['approve', []],
    ['return', ['reason']],
  ];
  it.each(requirements)('%s requires %j', (t, required) => {
    expect(requirementsFor(W, t)).toEqual(required);
  });

  const locks: [EvaluationStatus, boolean, boolean][] = [
    // status, editable, final
    ['draft', true, false],
    ['submitted', false, false],
    ['signed', false, false],
    ['approved', false, true],
    ['returned', true, false],
  ];
  it.each(locks)('%s: editable %s, final %s', (status, editable, final) => {
    expect(isEditable(W, status)).toBe(editable);
    expect(isFinal(W, status)).toBe(final);
  });

  it('starts new evaluations as drafts and lists every status once', () => {
    expect(W.initial).toBe('draft');
    expect([...W.statuses].sort()).toEqual([...STATUSES].sort());
  });
});
