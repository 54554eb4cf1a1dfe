import { EVALUATION_STATUSES as WORKFLOW_STATUSES } from '@jixiao/domain';
import type { QueryOf, RequestBody, ResponseBody } from './openapi';
import type { components } from './schema.gen';

/**
 * The API's resources as the app uses them, named from the generated description of the server's routes
 * (schema.gen.ts, `npm run api-types`). Decimals are strings end to end (never JS numbers).
 */
type Schemas = components['schemas'];
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
export type OrganisationKind = Organisation['kind'];
export type OrganisationCreate = RequestBody<'/api/organisations', 'post'>;
export type OrganisationUpdate = RequestBody<'/api/organisations/{id}', 'patch'>;

/** An account as the administration pages see it (GET /api/users), its roles with their organisations. */
export type UserRecord = ResponseBody<'/api/users', 'get'>['items'][number];
export type UserWithPassword = ResponseBody<'/api/users', 'post'>;
export type UserFilters = NonNullable<QueryOf<'/api/users', 'get'>>;
export type UserStatus = NonNullable<UserFilters['status']>;
export type UserCreate = RequestBody<'/api/users', 'post'>;
export type UserUpdate = RequestBody<'/api/users/{id}', 'patch'>;

/**
 * One row of a list: what tables and charts show without loading the evaluation itself. Deadlines belong to
 * the fiscal year's stages (GET /api/fiscal-years), not to a row: the home page lists them from there.
 */
export type EvaluationSummary = ResponseBody<'/api/evaluations', 'get'>['items'][number];
export type EvaluationStatus = EvaluationSummary['status'];

/** The workflow's statuses in the domain's order (draft → submitted → signed → approved; returned). */
export const EVALUATION_STATUSES = WORKFLOW_STATUSES satisfies readonly EvaluationStatus[];
type Unlisted = Exclude<EvaluationStatus, (typeof EVALUATION_STATUSES)[number]>;
// Compiles only while the domain's list offers every status the server's answers carry.
true satisfies [Unlisted] extends [never] ? true : never;

export type Acknowledgement = NonNullable<
  RequestBody<'/api/evaluations/{id}/submit', 'post'>['acknowledgements']
>[number];

/** An evaluation as the server stores and returns it (the domain's JSON), with last year's for comparison. */
export type EvaluationRecord = Schemas['EvaluationRecord'];

/** GET /api/evaluations/:id → priorYear: last year's evaluation of the same unit with its stored results. */
export type PriorYear = NonNullable<EvaluationRecord['priorYear']>;

/** POST /api/evaluations/:id/score and …/check: the engine's score and findings of what is stored. */
export type ScoreResultBody = Schemas['ScoreResult'];
export type FindingBody = Schemas['Finding'];

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
export type ImportComparison = ResponseBody<'/api/organisations/{id}/evaluations/import/preview', 'post'>;

/** POST /api/audit (报告审核): per file, the summary read and the findings, as `jixiao check --json`. */
export type AuditResponse = ResponseBody<'/api/audit', 'post'>;
export type AuditedFile = AuditResponse['files'][number];
export type AuditedFileSummary = NonNullable<AuditedFile['summary']>;
export type AuditFindingItem = AuditedFile['findings'][number];
export type AuditSeverity = AuditFindingItem['severity'];
export type AuditConfidence = AuditFindingItem['confidence'];
export type AuditEvidence = AuditFindingItem['evidence'][number];

/** The overview (GET /api/reports/overview): figures over the evaluations that count, ranked rows, filter choices. */
export type Overview = ResponseBody<'/api/reports/overview', 'get'>;
export type OverviewRow = Overview['rows'][number];
export type OverviewDepartment = Overview['departments'][number];
