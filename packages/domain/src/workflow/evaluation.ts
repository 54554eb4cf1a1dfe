import { z } from 'zod';
import type { TransitionDefinition, WorkflowDefinition } from './definition';

/**
 * The self-evaluation (自评) workflow, built from a review chain: 填报人 submits a draft, then each step
 * of the chain acts in order — by default 单位负责人签字 (sign) → 主管部门初审 (departmentReview) →
 * 财政局复审 (financeReview) — and the last step's approval locks the evaluation for good. Only the step
 * whose turn it is may act (approve/sign, or return with a reason); a reviewer above cannot skip the one
 * below. Whoever took the last step may withdraw it (撤回) while the next step has not acted: the
 * submission goes back to a draft, an approval back to the step before. A returned evaluation is
 * editable again and is submitted anew.
 *
 * The chain is data (a rule set's `reviewChain`, per region): a region may leave steps out (e.g. no
 * 主管部门 step), never reorder them, so the step above is always the one with the wider organisation.
 * Target declarations and monitoring forms can build their own workflow from the same chain.
 */

/** The review steps, in the one order a chain may take them. */
export const REVIEW_STEPS = ['sign', 'departmentReview', 'financeReview'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];
export type ReviewChain = readonly ReviewStep[];

/** The chain when the rule set names none: all three steps. */
export const DEFAULT_REVIEW_CHAIN: ReviewChain = REVIEW_STEPS;

/** A chain is at least one step, each step at most once, in the order of REVIEW_STEPS. */
export function isReviewChain(steps: readonly string[]): steps is ReviewChain {
  const order: readonly string[] = REVIEW_STEPS;
  const at = steps.map((s) => order.indexOf(s));
  return at.length > 0 && at.every((i, n) => i >= 0 && (n === 0 || i > (at[n - 1] ?? -1)));
}

export const reviewChainSchema = z
  .array(z.enum(REVIEW_STEPS))
  .refine(isReviewChain, 'ruleSet.badReviewChain')
  .readonly();

/**
 * All statuses of the family. The order is the order the status values were added to the database
 * (`departmentApproved` came with the three-step chain, migration 0011); append new ones at the end.
 */
export const EVALUATION_STATUSES = [
  'draft',
  'submitted',
  'signed',
  'approved',
  'returned',
  'departmentApproved',
] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const EVALUATION_TRANSITIONS = ['submit', 'sign', 'approve', 'return', 'withdraw'] as const;
export type EvaluationTransition = (typeof EVALUATION_TRANSITIONS)[number];

/** The roles the evaluation workflow names (a subset of the application's roles). */
export type EvaluationWorkflowRole = 'preparer' | 'unitApprover' | 'departmentReviewer' | 'financeReviewer';

/** Who takes each step, by which transition, and the status it leaves behind when another step follows. */
const STEP: Record<
  ReviewStep,
  { transition: 'sign' | 'approve'; role: EvaluationWorkflowRole; reaches: EvaluationStatus }
> = {
  sign: { transition: 'sign', role: 'unitApprover', reaches: 'signed' },
  departmentReview: { transition: 'approve', role: 'departmentReviewer', reaches: 'departmentApproved' },
  financeReview: { transition: 'approve', role: 'financeReviewer', reaches: 'approved' },
};

export type EvaluationWorkflow = WorkflowDefinition<
  EvaluationStatus,
  EvaluationTransition,
  EvaluationWorkflowRole
>;

type Transition = TransitionDefinition<EvaluationStatus, EvaluationWorkflowRole>;

/** One step in place: the status it waits in, the one it leads to, who takes it. */
interface Placed {
  step: ReviewStep;
  waitsIn: EvaluationStatus;
  reaches: EvaluationStatus;
  role: EvaluationWorkflowRole;
}

/** The chain's steps with the statuses between them: the first waits in submitted, the last reaches approved. */
export function placeSteps(chain: ReviewChain): Placed[] {
  let waitsIn: EvaluationStatus = 'submitted';
  return chain.map((step, i) => {
    const reaches = i === chain.length - 1 ? 'approved' : STEP[step].reaches;
    const placed = { step, waitsIn, reaches, role: STEP[step].role };
    waitsIn = reaches;
    return placed;
  });
}

/** Whose turn it is in a status: the role of the step waiting there (none outside the review). */
export function pendingRole(
  chain: ReviewChain,
  status: EvaluationStatus,
): EvaluationWorkflowRole | undefined {
  return placeSteps(chain).find((p) => p.waitsIn === status)?.role;
}

const OFF: Transition = { from: [], to: 'approved', roles: [], requires: [] };
const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** A move for several steps at once: from each step's status, to its target, by its role. */
function perStep(
  steps: readonly Placed[],
  leaves: (p: Placed) => EvaluationStatus,
  leadsTo: (p: Placed) => EvaluationStatus,
  requires: Transition['requires'],
): Transition {
  const last = steps.at(-1);
  if (last === undefined) return OFF;
  return {
    from: steps.map(leaves),
    to: leadsTo(last),
    roles: unique(steps.map((p) => p.role)),
    rolesFrom: Object.fromEntries(steps.map((p) => [leaves(p), [p.role]])),
    toFrom: Object.fromEntries(steps.map((p) => [leaves(p), leadsTo(p)])),
    requires,
  };
}

/** The workflow definition for a review chain (checked: an invalid chain throws, it is a programming error). */
export function evaluationWorkflow(chain: ReviewChain = DEFAULT_REVIEW_CHAIN): EvaluationWorkflow {
  const steps: readonly string[] = chain;
  if (!isReviewChain(steps)) throw new Error(`not a review chain: ${steps.join(' → ')}`);
  const placed = placeSteps(chain);
  const signing = placed.filter((p) => STEP[p.step].transition === 'sign');
  const approving = placed.filter((p) => STEP[p.step].transition === 'approve');
  // Withdrawing an approval is possible only while it is not final (the next step has not acted).
  const withdrawable = placed.filter((p) => p.reaches !== 'approved');
  const used = new Set<EvaluationStatus>(['draft', 'submitted', 'returned', 'approved']);
  for (const p of placed) used.add(p.reaches);
  return {
    id: `evaluation:${chain.join('>')}`,
    statuses: EVALUATION_STATUSES.filter((s) => used.has(s)),
    initial: 'draft',
    editable: ['draft', 'returned'],
    transitions: {
      submit: {
        from: ['draft', 'returned'],
        to: 'submitted',
        roles: ['preparer'],
        requires: ['noErrors', 'warningsAcknowledged'],
      },
      sign: perStep(
        signing,
        (p) => p.waitsIn,
        (p) => p.reaches,
        [],
      ),
      approve: perStep(
        approving,
        (p) => p.waitsIn,
        (p) => p.reaches,
        [],
      ),
      return: perStep(
        placed,
        (p) => p.waitsIn,
        () => 'returned',
        ['reason'],
      ),
      withdraw: {
        from: ['submitted', ...withdrawable.map((p) => p.reaches)],
        to: 'draft',
        roles: unique(['preparer', ...withdrawable.map((p) => p.role)]),
        rolesFrom: {
          submitted: ['preparer'],
          ...Object.fromEntries(withdrawable.map((p) => [p.reaches, [p.role]])),
        },
        toFrom: Object.fromEntries(withdrawable.map((p) => [p.reaches, p.waitsIn])),
        requires: [],
      },
    },
  };
}

/** The default three-step workflow; its roles per transition are the widest any chain uses (for permissions). */
export const EVALUATION_WORKFLOW: EvaluationWorkflow = evaluationWorkflow(DEFAULT_REVIEW_CHAIN);

/** The chain a rule set names, or the default. */
export function reviewChainOf(ruleSet: { readonly reviewChain?: ReviewChain | undefined }): ReviewChain {
  return ruleSet.reviewChain ?? DEFAULT_REVIEW_CHAIN;
}
