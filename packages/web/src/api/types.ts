import type { EvaluationInput, Finding } from '@jixiao/domain';

/**
 * The API's resources as the app uses them. Decimals are strings end to end (never JS numbers).
 * Mirrors packages/server's routes; see the report of the web issue for the endpoint list.
 */
export const ROLES = ['preparer', 'unitApprover', 'departmentReviewer', 'financeReviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  role: Role;
  roleLabel?: string;
  /** null for roles held everywhere (administrator). */
  organisationId: string | null;
  /** Filled in by the app from /api/organisations. */
  organisationName?: string;
}

/** The signed-in user with the roles they hold (the app's view of GET /api/session). */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  mustChangePassword?: boolean;
  roles: RoleGrant[];
}

/** GET/POST /api/session as the server sends it. */
export interface SessionBody {
  user: Omit<SessionUser, 'roles'>;
  roles: RoleGrant[];
  csrfToken: string;
}

export interface Organisation {
  id: string;
  parentId: string | null;
  kind: 'financeBureau' | 'department' | 'unit';
  name: string;
  code: string | null;
  regionCode: string | null;
}

/** draft → submitted (preparer) → signed (unit approver signs off) → approved (reviewer, locked); returned from submitted/signed. */
export const EVALUATION_STATUSES = ['draft', 'submitted', 'signed', 'returned', 'approved'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** One row of a list: what tables and charts show without loading the evaluation itself. */
export interface EvaluationSummary {
  id: string;
  organisationId: string;
  kind: 'project' | 'unitWide';
  fiscalYear: number;
  title: string;
  unitName: string;
  departmentName?: string | null;
  status: EvaluationStatus;
  ruleSetId: string;
  totalScore?: string | null;
  grade?: string | null;
  executionRate?: string | null;
  errorCount: number;
  warningCount: number;
  deadline?: string | null;
  createdAt?: string;
  updatedAt: string;
  /** User id of the last editor. */
  updatedBy?: string | null;
  updatedByName?: string | null;
  version: number;
  demo?: boolean;
}

export interface Acknowledgement {
  code: string;
  path: string;
  note: string;
}

export interface EvaluationRecord extends EvaluationSummary {
  evaluation: EvaluationInput;
  findings?: Finding[];
  acknowledgements?: Acknowledgement[];
  /** Last year's evaluation of the same unit, for the reviewer's side-by-side view. */
  priorYear?: PriorYear | null;
}

/** GET /api/evaluations/:id → priorYear: last year's evaluation of the same unit with its stored results. */
export interface PriorYear {
  id: string;
  fiscalYear: number;
  status: EvaluationStatus;
  totalScore: string | null;
  grade: string | null;
  executionRate: string | null;
  evaluation: EvaluationInput;
}

/** A reviewer's comment on one field (path in the checks' notation, e.g. "funds.total.executed"). */
export interface FieldComment {
  id: string;
  path: string;
  text: string;
  userId: string;
  userName: string;
  at: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page?: number;
  pageSize?: number;
}

/** GET /api/evaluations/:id/history item: state changes, saves and field comments, oldest first. */
export interface HistoryEntry {
  at: string;
  action: string;
  userId?: string | null;
  userName?: string | null;
  fromStatus?: EvaluationStatus | null;
  toStatus?: EvaluationStatus | null;
  comment?: string | null;
  acknowledgements?: Acknowledgement[] | null;
  /** A comment on one field, by path ("funds.total.executed"). */
  path?: string | null;
}

export interface EvaluationFilters {
  fiscalYear?: number;
  status?: EvaluationStatus;
  kind?: 'project' | 'unitWide';
  grade?: string;
  /** Server filter: only evaluations with (true) or without (false) error findings. */
  hasErrors?: boolean;
  organisationId?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface ImportResult {
  evaluation?: EvaluationRecord;
  id?: string;
}
