import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../rules/registry';
import { ruleSetSchema } from '../rules/rule-set';
import {
  DEFAULT_REVIEW_CHAIN,
  EVALUATION_STATUSES,
  EVALUATION_TRANSITIONS,
  EVALUATION_WORKFLOW,
  type EvaluationStatus,
  type EvaluationTransition,
  evaluationWorkflow,
  isReviewChain,
  pendingRole,
  REVIEW_STEPS,
  type ReviewChain,
  reviewChainOf,
} from './evaluation';
import {
  availableTransitions,
  can,
  isEditable,
  isFinal,
  nextStatus,
  requirementsFor,
  transitionRoles,
  type Verdict,
} from './machine';
import { workflowProblems } from './validate';

type Role = 'preparer' | 'unitApprover' | 'departmentReviewer' | 'financeReviewer' | 'admin';
const ROLES: Role[] = ['preparer', 'unitApprover', 'departmentReviewer', 'financeReviewer', 'admin'];

/**
 * The specification, written out by hand per chain: for each status, every move out of it as
 * "transition → status (role)". Anything not listed is refused (by status, or by role).
 */
type Moves = Partial<Record<EvaluationStatus, string[]>>;
const COMMON: Moves = {
  draft: ['submit → submitted (preparer)'],
  returned: ['submit → submitted (preparer)'],
  approved: [],
};
const SPEC: [string, ReviewChain, Moves][] = [
  [
    '单位负责人 → 主管部门 → 财政局 (default)',
    ['sign', 'departmentReview', 'financeReview'],
    {
      ...COMMON,
      submitted: [
        'sign → signed (unitApprover)',
        'return → returned (unitApprover)',
        'withdraw → draft (preparer)',
      ],
      signed: [
        'approve → departmentApproved (departmentReviewer)',
        'return → returned (departmentReviewer)',
        'withdraw → submitted (unitApprover)',
      ],
      departmentApproved: [
        'approve → approved (financeReviewer)',
        'return → returned (financeReviewer)',
        'withdraw → signed (departmentReviewer)',
      ],
    },
  ],
  [
    '单位负责人 → 财政局 (no department step)',
    ['sign', 'financeReview'],
    {
      ...COMMON,
      submitted: [
        'sign → signed (unitApprover)',
        'return → returned (unitApprover)',
        'withdraw → draft (preparer)',
      ],
      signed: [
        'approve → approved (financeReviewer)',
        'return → returned (financeReviewer)',
        'withdraw → submitted (unitApprover)',
      ],
      departmentApproved: [],
    },
  ],
  [
    '主管部门 → 财政局 (no signature)',
    ['departmentReview', 'financeReview'],
    {
      ...COMMON,
      submitted: [
        'approve → departmentApproved (departmentReviewer)',
        'return → returned (departmentReviewer)',
        'withdraw → draft (preparer)',
      ],
      signed: [],
      departmentApproved: [
        'approve → approved (financeReviewer)',
        'return → returned (financeReviewer)',
        'withdraw → submitted (departmentReviewer)',
      ],
    },
  ],
  [
    '财政局 only',
    ['financeReview'],
    {
      ...COMMON,
      submitted: [
        'approve → approved (financeReviewer)',
        'return → returned (financeReviewer)',
        'withdraw → draft (preparer)',
      ],
      signed: [],
      departmentApproved: [],
    },
  ],
];

const describeMove = (t: EvaluationTransition, to: string, role: string) => `${t} → ${to} (${role})`;

describe.each(SPEC)('the evaluation workflow for the chain %s', (_, chain, spec) => {
  const W = evaluationWorkflow(chain);

  it('is a sound definition', () => {
    expect(workflowProblems(W)).toEqual([]);
  });

  const cells = EVALUATION_STATUSES.flatMap((status) =>
    EVALUATION_TRANSITIONS.flatMap((t) => ROLES.map((role) => [status, t, role] as const)),
  );
  it.each(cells)('from %s, %s by %s is allowed exactly as the specification says', (status, t, role) => {
    const verdict = can(W, t, { roles: [role] }, { status });
    const allowed = verdict.ok ? describeMove(t, verdict.to, role) : undefined;
    const expected = (spec[status] ?? []).find(
      (line) => line.startsWith(`${t} → `) && line.endsWith(`(${role})`),
    );
    expect(allowed).toBe(expected);
  });

  it('refuses a move the status allows for another role by role, and a move the status does not allow by status', () => {
    for (const status of EVALUATION_STATUSES) {
      for (const t of EVALUATION_TRANSITIONS) {
        const leaves = nextStatus(W, t, status) !== undefined;
        for (const role of ROLES) {
          const verdict = can(W, t, { roles: [role] }, { status });
          if (!verdict.ok) expect(verdict.reason).toBe(leaves ? 'role' : 'status');
        }
      }
    }
  });

  it('has exactly one role whose turn it is in every status under review', () => {
    for (const status of ['submitted', 'signed', 'departmentApproved'] as const) {
      const acting = (spec[status] ?? []).filter((l) => !l.startsWith('withdraw'));
      const roles = new Set(acting.map((l) => l.slice(l.lastIndexOf('(') + 1, -1)));
      const role = pendingRole(chain, status);
      expect([...roles]).toEqual(role === undefined ? [] : [role]);
    }
  });

  it('keeps drafts and returned evaluations editable and approved ones final', () => {
    expect(EVALUATION_STATUSES.filter((s) => isEditable(W, s))).toEqual(['draft', 'returned']);
    expect(isFinal(W, 'approved')).toBe(true);
    expect(W.initial).toBe('draft');
  });
});

describe('the default chain', () => {
  const W = EVALUATION_WORKFLOW;

  it('is the three steps in order', () => {
    expect(DEFAULT_REVIEW_CHAIN).toEqual(['sign', 'departmentReview', 'financeReview']);
    expect(W.statuses).toEqual(EVALUATION_STATUSES);
  });

  it('does not let the finance reviewer act before the department', () => {
    expect(can(W, 'approve', { roles: ['financeReviewer'] }, { status: 'signed' })).toEqual({
      ok: false,
      reason: 'role',
    });
    expect(can(W, 'return', { roles: ['financeReviewer'] }, { status: 'signed' })).toEqual({
      ok: false,
      reason: 'role',
    });
    expect(availableTransitions(W, { roles: ['financeReviewer'] }, { status: 'signed' })).toEqual([]);
    expect(availableTransitions(W, { roles: ['financeReviewer'] }, { status: 'departmentApproved' })).toEqual(
      ['approve', 'return'],
    );
  });

  it('lets an actor holding several roles take what any of them may', () => {
    expect(
      availableTransitions(W, { roles: ['departmentReviewer', 'financeReviewer'] }, { status: 'signed' }),
    ).toEqual(['approve', 'return']);
    expect(availableTransitions(W, { roles: ['admin'] }, { status: 'draft' })).toEqual([]);
  });

  it('gives the widest role lists for the permissions', () => {
    expect(transitionRoles(W, 'approve')).toEqual(['departmentReviewer', 'financeReviewer']);
    expect(transitionRoles(W, 'return')).toEqual(['unitApprover', 'departmentReviewer', 'financeReviewer']);
    expect(transitionRoles(W, 'withdraw')).toEqual(['preparer', 'unitApprover', 'departmentReviewer']);
  });

  const requirements: [EvaluationTransition, string[]][] = [
    ['submit', ['noErrors', 'warningsAcknowledged']],
    ['sign', []],
    ['approve', []],
    ['return', ['reason']],
    ['withdraw', []],
  ];
  it.each(requirements)('%s requires %j', (t, required) => {
    expect(requirementsFor(W, t)).toEqual(required);
  });
});

describe('review chains as data', () => {
  it.each([
    [['sign', 'departmentReview', 'financeReview'], true],
    [['sign'], true],
    [['departmentReview'], true],
    [[], false],
    [['financeReview', 'departmentReview'], false],
    [['sign', 'sign'], false],
    [['sign', 'approve'], false],
  ])('%j is a chain: %s', (steps, ok) => {
    expect(isReviewChain(steps)).toBe(ok);
  });

  it('builds a sound workflow for every valid chain, ending in approved after the last step', () => {
    const chains = fc.subarray([...REVIEW_STEPS], { minLength: 1 });
    fc.assert(
      fc.property(chains, (chain) => {
        expect(isReviewChain(chain)).toBe(true);
        const W = evaluationWorkflow(chain);
        expect(workflowProblems(W)).toEqual([]);
        // Approving step by step from submitted reaches approved in exactly as many moves as steps.
        let status: EvaluationStatus = 'submitted';
        for (const step of chain) {
          const role = pendingRole(chain, status);
          expect(role).toBeDefined();
          const t = step === 'sign' ? 'sign' : 'approve';
          const verdict: Verdict<EvaluationStatus> = can(W, t, { roles: role ? [role] : [] }, { status });
          if (!verdict.ok) throw new Error(`${step} refused in ${status}`);
          status = verdict.to;
        }
        expect(status).toBe('approved');
      }),
    );
  });

  it('refuses to build a workflow from steps out of order', () => {
    expect(() => evaluationWorkflow(['financeReview', 'sign'])).toThrow('not a review chain');
  });

  it('reads a rule set’s chain, the default when it names none', () => {
    expect(reviewChainOf(getRuleSet('mof-2020'))).toEqual(DEFAULT_REVIEW_CHAIN);
    const raw = structuredCloneOf(getRuleSet('mof-2020'));
    const shorter = ruleSetSchema.parse({ ...raw, reviewChain: ['sign', 'financeReview'] });
    expect(reviewChainOf(shorter)).toEqual(['sign', 'financeReview']);
    const wrong = ruleSetSchema.safeParse({ ...raw, reviewChain: ['financeReview', 'sign'] });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toBe('ruleSet.badReviewChain');
  });
});

function structuredCloneOf<T>(v: T): Record<string, unknown> {
  return JSON.parse(JSON.stringify(v));
}
