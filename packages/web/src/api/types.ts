import type { EvaluationInput } from '@jixiao/domain';
import type { QueryOf, RequestBody, ResponseBody } from './openapi';

/**
 * The API's resources as the app uses them, named from the generated description of the server's routes
 * (schema.gen.ts, `npm run api-types`). Decimals are strings end to end (never JS numbers). Only what the
 * server does not describe is added here: the evaluation itself, typed by the domain's schema.
 */
type SessionAnswer = ResponseBody<'/api/session', 'get'>;

/** GET/POST /api/session as the server sends it. */
export type SessionBody = SessionAnswer;

export type RoleGrant = SessionAnswer['roles'][number] & {
  /** Filled in by the app from /api/organisations. */
  organisationName?: string;
};
export type Role = RoleGrant['role'];

/** The signed-in user with the roles they hold (the app's view of GET /api/session). */
export type SessionUser = SessionAnswer['user'] & { roles: RoleGrant[] };

export type Organisation = ResponseBody<'/api/organisations', 'get'>['items'][number];

/**
 * One row of a list: what tables and charts show without loading the evaluation itself. `deadline` is the
 * one field the server does not serve yet (no route has a deadline): the home page's list of deadlines
 * stays empty until a route does.
 */
export type EvaluationSummary = ResponseBody<'/api/evaluations', 'get'>['items'][number] & {
  deadline?: string | null;
};
export type EvaluationStatus = EvaluationSummary['status'];

/** draft → submitted (preparer) → signed (unit approver signs off) → approved (reviewer, locked); returned from submitted/signed. */
export const EVALUATION_STATUSES = [
  'draft',
  'submitted',
  'signed',
  'returned',
  'approved',
] as const satisfies readonly EvaluationStatus[];
type Unlisted = Exclude<EvaluationStatus, (typeof EVALUATION_STATUSES)[number]>;
// Compiles only while the list above offers every status the server knows.
true satisfies [Unlisted] extends [never] ? true : never;

export type Acknowledgement = NonNullable<
  RequestBody<'/api/evaluations/{id}/submit', 'post'>['acknowledgements']
>[number];

type EvaluationAnswer = ResponseBody<'/api/evaluations/{id}', 'get'>;

/** GET /api/evaluations/:id → priorYear: last year's evaluation of the same unit with its stored results. */
export type PriorYear = Omit<NonNullable<EvaluationAnswer['priorYear']>, 'evaluation'> & {
  evaluation: EvaluationInput;
};

/** The server stores and returns the evaluation as the domain's JSON; its schema describes it. */
export type EvaluationRecord = Omit<EvaluationAnswer, 'evaluation' | 'priorYear'> & {
  evaluation: EvaluationInput;
  priorYear: PriorYear | null;
};

/** A reviewer's comment on one field (path in the checks' notation, e.g. "funds.total.executed"). */
export type FieldComment = ResponseBody<'/api/evaluations/{id}/comments', 'get'>['items'][number];

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** GET /api/evaluations/:id/history item: state changes, saves and field comments, oldest first. */
export type HistoryEntry = ResponseBody<'/api/evaluations/{id}/history', 'get'>['items'][number];

export type EvaluationFilters = Omit<NonNullable<QueryOf<'/api/evaluations', 'get'>>, 'hasErrors'> & {
  /** Server filter: only evaluations with (true) or without (false) error findings. */
  hasErrors?: boolean;
};

export type ImportResult = ResponseBody<'/api/organisations/{id}/evaluations/import', 'post'>;

/** POST /api/audit (报告审核): per file, the summary read and the findings, as `jixiao check --json`. */
export type AuditResponse = ResponseBody<'/api/audit', 'post'>;
export type AuditedFile = AuditResponse['files'][number];
export type AuditedFileSummary = NonNullable<AuditedFile['summary']>;
export type AuditFindingItem = AuditedFile['findings'][number];
export type AuditSeverity = AuditFindingItem['severity'];
export type AuditConfidence = AuditFindingItem['confidence'];
export type AuditEvidence = AuditFindingItem['evidence'][number];
