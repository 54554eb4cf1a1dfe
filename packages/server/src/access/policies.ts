import { EVALUATION_WORKFLOW, RECTIFICATION_WORKFLOW } from '@jixiao/domain';
import type { Role } from './roles';

/**
 * Who may do what — policies as data, read by the one authorisation hook (authorize.ts). Each route names
 * one permission; the hook checks the role here and, when the route names a target, that the target
 * lies inside the organisation where the user holds that role (its subtree). Admin roles hold everywhere.
 */
const READERS: Role[] = ['preparer', 'unitApprover', 'departmentReviewer', 'financeReviewer', 'admin'];

export const POLICIES = {
  /** Any signed-in user: own session, own password. */
  'session.self': READERS,
  'organisation.read': READERS,
  'organisation.write': ['admin'],
  'user.read': ['admin'],
  'user.write': ['admin'],
  'fiscalYear.read': READERS,
  'fiscalYear.write': ['admin'],
  'budget.read': READERS,
  'budget.write': ['preparer', 'financeReviewer'],
  'project.read': READERS,
  'project.write': ['preparer'],
  'evaluation.read': READERS,
  /** Score, check and export: computed from what the user can already read; changes nothing. */
  'evaluation.compute': READERS,
  'evaluation.write': ['preparer'],
  /**
   * The workflow's moves, each for the roles the default (widest) review chain names; which of them may
   * act on one evaluation now — whose step it is in its region's chain — is checked by the transition
   * itself (evaluations/transition.ts), so a 财政局 reviewer cannot approve before the 主管部门.
   */
  'evaluation.submit': EVALUATION_WORKFLOW.transitions.submit.roles,
  /** 单位负责人签字 a submitted evaluation of their own unit. */
  'evaluation.sign': EVALUATION_WORKFLOW.transitions.sign.roles,
  /** 主管部门初审, then 财政局复审; the last step's approval locks the evaluation. */
  'evaluation.approve': EVALUATION_WORKFLOW.transitions.approve.roles,
  'evaluation.return': EVALUATION_WORKFLOW.transitions.return.roles,
  /** 撤回 the last step by whoever took it, before the next step acts. */
  'evaluation.withdraw': EVALUATION_WORKFLOW.transitions.withdraw.roles,
  /**
   * 绩效目标申报: the same roles as the self-evaluation's, its moves from the same workflow family (whose step
   * it is is checked by declarations/transition.ts). 调整指标值 is started by the preparer; generating the
   * self-evaluation from an approved declaration writes an evaluation, so it is `evaluation.write`.
   */
  'declaration.read': READERS,
  'declaration.write': ['preparer'],
  'declaration.submit': EVALUATION_WORKFLOW.transitions.submit.roles,
  'declaration.sign': EVALUATION_WORKFLOW.transitions.sign.roles,
  'declaration.approve': EVALUATION_WORKFLOW.transitions.approve.roles,
  'declaration.return': EVALUATION_WORKFLOW.transitions.return.roles,
  'declaration.withdraw': EVALUATION_WORKFLOW.transitions.withdraw.roles,
  'import.bulk': ['preparer', 'departmentReviewer', 'financeReviewer'],
  /** The whole log crosses every organisation, so only 系统管理员 reads it; others see an evaluation's history. */
  'audit.read': ['admin'],
  /**
   * 报告审核: audit uploaded reports written elsewhere. Reads only the uploads and stores nothing, so it
   * needs no target; reviewers (and admins) use it on reports they receive. Preparers check their own
   * work in the workbench or with `jixiao check`.
   */
  'audit.run': ['departmentReviewer', 'financeReviewer', 'admin'],
  'demo.manage': ['admin'],
  /**
   * Custom rule sets and which rule set each region (区划) scores a year with. Fiscal years and rule sets hold
   * across every region, so only 系统管理员 sets them: a finance bureau's reviewer holds a role in one region only.
   */
  'ruleSet.manage': ['admin'],
  /** The indicator library (指标库): every signed-in user picks from it; the finance bureau keeps it. */
  'library.read': READERS,
  'library.manage': ['financeReviewer', 'admin'],
  /**
   * 双监控 (monitoring reports, server/src/monitoring): the unit fills and submits its report, the review
   * chain of the evaluation workflow family acts on it (whose step it is is checked by the transition).
   * 财政局 records the follow-up and opens a second round; the overview is for the reviewers of their scope.
   */
  'monitoring.read': READERS,
  'monitoring.write': ['preparer'],
  'monitoring.submit': EVALUATION_WORKFLOW.transitions.submit.roles,
  'monitoring.sign': EVALUATION_WORKFLOW.transitions.sign.roles,
  'monitoring.approve': EVALUATION_WORKFLOW.transitions.approve.roles,
  'monitoring.return': EVALUATION_WORKFLOW.transitions.return.roles,
  'monitoring.withdraw': EVALUATION_WORKFLOW.transitions.withdraw.roles,
  'monitoring.followUp': ['financeReviewer'],
  'monitoring.secondRound': ['financeReviewer'],
  'monitoring.overview': ['departmentReviewer', 'financeReviewer'],
  /**
   * 信息公开 (publications/): every signed-in user sees what of their scope is published; publishing and
   * withdrawing are for the reviewer the rule set names (财政局 by default, 主管部门 by local rule), which the
   * service checks (publications/publish.ts `assertPublisher`).
   */
  'publication.read': READERS,
  'publication.manage': ['departmentReviewer', 'financeReviewer'],
  /**
   * 结果应用: the next-year suggestion list of approved evaluations, read within each user's scope (a unit its
   * own, a 主管部门 its subtree, the 财政局 its region); only the finance bureau's reviewer overrides an entry.
   */
  'results.read': READERS,
  'results.override': ['financeReviewer'],
  /**
   * 整改台账 (server/src/rectification): every signed-in user reads the items of their scope; the reviewers over
   * a unit raise items (by hand or from a finding, return or trigger) and edit them while open; the unit starts
   * and reports, the reviewers close out or send back (the roles of RECTIFICATION_WORKFLOW).
   */
  'rectification.read': READERS,
  'rectification.write': ['departmentReviewer', 'financeReviewer'],
  'rectification.start': RECTIFICATION_WORKFLOW.transitions.start.roles,
  'rectification.report': RECTIFICATION_WORKFLOW.transitions.report.roles,
  'rectification.close': RECTIFICATION_WORKFLOW.transitions.close.roles,
  'rectification.return': RECTIFICATION_WORKFLOW.transitions.return.roles,
  'rectification.overview': ['departmentReviewer', 'financeReviewer'],
  /**
   * 佐证材料 (server/src/evidence): who may read the owner lists and downloads its files (reviewers included);
   * who may edit it uploads and deletes them, and only while the owner is editable (checked by the route).
   */
  'evidence.read': READERS,
  'evidence.write': ['preparer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof POLICIES;

/** Entities whose organisation decides the scope, looked up from a path parameter. */
export type TargetEntity =
  | 'organisation'
  | 'evaluation'
  | 'budget'
  | 'project'
  | 'job'
  | 'monitoring'
  | 'declaration'
  | 'evidence'
  | 'rectification'
  | 'publication';

export type RouteAccess =
  | { public: true }
  | {
      permission: Permission;
      /** The path parameter holding the target's id; absent for lists (filtered to the user's scope) and global actions. */
      target?: { entity: TargetEntity; param: string };
    };

export function rolesFor(permission: Permission): readonly Role[] {
  return POLICIES[permission];
}
