import type {
  EvaluationStatus,
  IndicatorLibraryEntry,
  RectificationSource,
  RectificationSourceKind,
  RectificationStatus,
  ResultSuggestion,
} from '@jixiao/domain';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * One schema for PGlite and PostgreSQL (SQL valid on PG 15 and 18). Money, rates and scores are
 * `numeric` and travel as strings; ids are uuids made by `gen_random_uuid()` (built in since PG 13).
 * Every table people edit carries created_at / updated_at / updated_by / version (optimistic concurrency).
 */

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
  version: integer('version').notNull().default(1),
};

/**
 * 财政局 → 主管部门 → 单位, grouped by 财政区划 (`region_code`, set on the bureau and shared by everything under it).
 * `path` is "/rootId/…/ownId/" so a subtree is a prefix match.
 */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    kind: text('kind').notNull().$type<'financeBureau' | 'department' | 'unit'>(),
    name: text('name').notNull(),
    code: text('code'),
    regionCode: text('region_code'),
    path: text('path').notNull(),
    demo: boolean('demo').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    index('organisations_parent_idx').on(t.parentId),
    index('organisations_path_idx').on(t.path),
    uniqueIndex('organisations_parent_name_uq').on(t.parentId, t.name),
    // A code (统一社会信用代码 or 单位编码) names one organisation within its fiscal region; children share their bureau's.
    uniqueIndex('organisations_region_code_uq')
      .on(sql`coalesce(${t.regionCode}, '')`, t.code)
      .where(sql`${t.code} is not null`),
  ],
);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  /** The username in NFKC and lower case (auth/username.ts): unique, so `Admin` and `ａｄｍｉｎ` cannot sit beside `admin`. */
  usernameKey: text('username_key').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  demo: boolean('demo').notNull().default(false),
  ...timestamps,
});

export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Null for roles that hold everywhere (系统管理员). */
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('role_assignments_uq').on(t.userId, t.organisationId, t.role)],
);

/** Server-side sessions: the cookie holds a random token, the table holds only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Login attempts per client address in a fixed window; kept in the DB so several instances share it. */
export const loginAttempts = pgTable('login_attempts', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
});

export const fiscalYears = pgTable('fiscal_years', {
  year: integer('year').primaryKey(),
  status: text('status').notNull().default('open').$type<'open' | 'closed'>(),
  ruleSetId: text('rule_set_id').notNull().default('mof-2020'),
  /** 截止日期 per stage (calendar days, "YYYY-MM-DD"; the stage is due by the end of that day); null when unset. */
  declarationDue: date('declaration_due', { mode: 'string' }),
  monitoringDue: date('monitoring_due', { mode: 'string' }),
  selfEvaluationDue: date('self_evaluation_due', { mode: 'string' }),
  reviewDue: date('review_due', { mode: 'string' }),
  ...timestamps,
});

/**
 * A rule set uploaded by an administrator (JSON/YAML in the domain's rule-set schema, validated by
 * `assertRuleSet`), kept as the validated value. Versioned: each upload under the same rule-set id is a new
 * revision (the file's own `version` must differ); the newest revision is the one scored with.
 */
export const customRuleSets = pgTable(
  'custom_rule_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ruleSetId: text('rule_set_id').notNull(),
    revision: integer('revision').notNull(),
    /** The file's own `version` text ("2025.1"). */
    versionLabel: text('version_label').notNull(),
    content: jsonb('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    uniqueIndex('custom_rule_sets_revision_uq').on(t.ruleSetId, t.revision),
    uniqueIndex('custom_rule_sets_version_uq').on(t.ruleSetId, t.versionLabel),
  ],
);

/** The rule set a region (a root of the organisation tree, 区划) scores a year's new evaluations with. */
export const ruleSetAssignments = pgTable(
  'rule_set_assignments',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    fiscalYear: integer('fiscal_year').notNull(),
    ruleSetId: text('rule_set_id').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('rule_set_assignments_uq').on(t.organisationId, t.fiscalYear)],
);

/** A unit's budget and final-account (决算) figures for one year, in 元 or 万元 as `amount_unit` says. */
export const budgets = pgTable(
  'budgets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    fiscalYear: integer('fiscal_year').notNull(),
    amountUnit: text('amount_unit').notNull().default('wanYuan').$type<'yuan' | 'wanYuan'>(),
    initialBudget: numeric('initial_budget', { precision: 18, scale: 2 }),
    adjustedBudget: numeric('adjusted_budget', { precision: 18, scale: 2 }),
    executed: numeric('executed', { precision: 18, scale: 2 }),
    basicExpenditure: numeric('basic_expenditure', { precision: 18, scale: 2 }),
    projectExpenditure: numeric('project_expenditure', { precision: 18, scale: 2 }),
    fiscalAppropriation: numeric('fiscal_appropriation', { precision: 18, scale: 2 }),
    otherIncome: numeric('other_income', { precision: 18, scale: 2 }),
    carryover: numeric('carryover', { precision: 18, scale: 2 }),
    demo: boolean('demo').notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex('budgets_org_year_uq').on(t.organisationId, t.fiscalYear)],
);

export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    fiscalYear: integer('fiscal_year').notNull(),
    name: text('name').notNull(),
    code: text('code'),
    amountUnit: text('amount_unit').notNull().default('wanYuan').$type<'yuan' | 'wanYuan'>(),
    budget: numeric('budget', { precision: 18, scale: 2 }),
    demo: boolean('demo').notNull().default(false),
    ...timestamps,
  },
  (t) => [index('projects_org_year_idx').on(t.organisationId, t.fiscalYear)],
);

/** The statuses and their moves are data in the domain (EVALUATION_WORKFLOW); a type-only import keeps drizzle-kit's load light. */
export type { EvaluationStatus };

/**
 * The Evaluation JSON (the domain model, goals and indicator tree included) as jsonb, plus the
 * columns list pages filter and sort on, recomputed from it on every write.
 */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    kind: text('kind').notNull().$type<'project' | 'unitWide'>(),
    fiscalYear: integer('fiscal_year').notNull(),
    title: text('title').notNull(),
    unitName: text('unit_name').notNull(),
    status: text('status').notNull().default('draft').$type<EvaluationStatus>(),
    ruleSetId: text('rule_set_id').notNull(),
    data: jsonb('data').notNull(),
    // Unconstrained numeric: the score exactly as the rule set rounded it, no second rounding by the column.
    totalScore: numeric('total_score'),
    grade: text('grade'),
    /** 预算执行率 in percent as the rule set rounds it (42.42). */
    executionRate: numeric('execution_rate'),
    errorCount: integer('error_count').notNull().default(0),
    warningCount: integer('warning_count').notNull().default(0),
    importId: uuid('import_id'),
    demo: boolean('demo').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    index('evaluations_org_year_idx').on(t.organisationId, t.fiscalYear),
    index('evaluations_list_idx').on(t.fiscalYear, t.kind, t.status),
    // The list's sorts (evaluations/list.ts), each with the id that breaks ties, so a page is an index range.
    index('evaluations_updated_idx').on(t.updatedAt, t.id),
    index('evaluations_year_updated_idx').on(t.fiscalYear, t.updatedAt, t.id),
    index('evaluations_score_idx').on(t.totalScore, t.id),
    index('evaluations_title_idx').on(t.title, t.id),
  ],
);

/**
 * Append-only (triggers reject UPDATE, DELETE and TRUNCATE): who did what to which entity. An update stores
 * only the changed paths with their values before and after (db/audit.ts), never two whole documents.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`now()`),
    userId: uuid('user_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * Long work (bulk imports) as jobs: this row is what the status API shows and what the access check scopes;
 * delivery, retries and claiming across instances are pg-boss's (src/jobs/queue.ts), under the same id.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull().$type<'bulkImport'>(),
    status: text('status').notNull().default('queued').$type<JobStatus>(),
    /** The organisation the job works on: its scope decides who may see the job. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    result: jsonb('result'),
    error: jsonb('error'),
    attempts: integer('attempts').notNull().default(0),
    /** Set by the worker running the job every few seconds (jobs/heartbeat.ts); null while queued. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Unfinished jobs are looked up by status at start (requeueStranded).
  (t) => [index('jobs_queue_idx').on(t.status, t.createdAt)],
);

/** Files uploaded for a job, kept until the job has run. */
export const jobFiles = pgTable('job_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  jobId: uuid('job_id')
    .notNull()
    .references(() => jobs.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  bytes: bytea('bytes').notNull(),
});

/**
 * 批注: a reader's comment on one field of an evaluation (by its path into the Evaluation JSON), and the
 * replies to it. Text is append-only through the API (no edit or delete route); a comment is resolved and
 * reopened (resolved_at/by, audit-logged). Allowed in every status, approved included.
 * Each comment is also audit-logged (entity 'comment').
 */
export const evaluationComments = pgTable(
  'evaluation_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // No foreign key: a comment outlives the draft it annotates (deleting a draft keeps what readers wrote).
    evaluationId: uuid('evaluation_id').notNull(),
    path: text('path').notNull(),
    text: text('text').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`now()`),
    /** A reply names the comment it answers (one level: replies are not answered in turn). */
    parentId: uuid('parent_id'),
    /** 已解决: set on the comment itself (never on a reply) by its author or a reviewer; cleared on reopening. */
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('evaluation_comments_evaluation_idx').on(t.evaluationId, t.at),
    index('evaluation_comments_parent_idx').on(t.parentId),
  ],
);

/** Whether a declaration goes through review as declared, or as a mid-year adjustment (调整指标值) of its targets. */
export type DeclarationPhase = 'declaration' | 'adjustment';

/**
 * 绩效目标申报表: the domain's TargetDeclaration JSON as jsonb, per unit, kind, project and year, with the list
 * columns recomputed from it on every write (as evaluations). Its status follows the evaluation workflow family
 * built from the same review chain; `phase` says whether the review under way is of the declaration or of an
 * adjustment of an approved one. `evaluation_id` is the self-evaluation generated from it (one at most).
 */
export const targetDeclarations = pgTable(
  'target_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    kind: text('kind').notNull().$type<'project' | 'unitWide'>(),
    fiscalYear: integer('fiscal_year').notNull(),
    title: text('title').notNull(),
    unitName: text('unit_name').notNull(),
    status: text('status').notNull().default('draft').$type<EvaluationStatus>(),
    phase: text('phase').notNull().default('declaration').$type<DeclarationPhase>(),
    ruleSetId: text('rule_set_id').notNull(),
    data: jsonb('data').notNull(),
    errorCount: integer('error_count').notNull().default(0),
    warningCount: integer('warning_count').notNull().default(0),
    evaluationId: uuid('evaluation_id').references(() => evaluations.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('target_declarations_org_year_idx').on(t.organisationId, t.fiscalYear),
    index('target_declarations_list_idx').on(t.fiscalYear, t.kind, t.status),
    index('target_declarations_updated_idx').on(t.updatedAt, t.id),
    uniqueIndex('target_declarations_evaluation_uq')
      .on(t.evaluationId)
      .where(sql`${t.evaluationId} is not null`),
  ],
);

/**
 * One review step taken on a declaration, with the 88号 审核 checklist (完整性、相关性、适当性、可行性: each
 * passed or not, with a comment) the reviewer filled in. Append-only through the API; no foreign key to the
 * declaration, so the review record outlives a deleted draft (as comments do).
 */
export const declarationReviews = pgTable(
  'declaration_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    declarationId: uuid('declaration_id').notNull(),
    transition: text('transition').notNull(),
    fromStatus: text('from_status').notNull().$type<EvaluationStatus>(),
    toStatus: text('to_status').notNull().$type<EvaluationStatus>(),
    phase: text('phase').notNull().$type<DeclarationPhase>(),
    checklist: jsonb('checklist'),
    comment: text('comment'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('declaration_reviews_declaration_idx').on(t.declarationId, t.at)],
);
/**
 * The indicator library's stored entries (指标库, migration 0012): what finance bureaus added, and the builtin
 * entries they changed or retired (a row with a builtin id overrides it). One library for the installation;
 * the builtin library (domain BUILTIN_INDICATOR_LIBRARY) is the base and is never copied in. `content` is
 * the entry as the domain schema checked it; `retired` is kept beside it so a list can filter on it.
 */
export const indicatorLibraryEntries = pgTable('indicator_library_entries', {
  id: text('id').primaryKey(),
  content: jsonb('content').$type<IndicatorLibraryEntry>().notNull(),
  retired: boolean('retired').notNull().default(false),
  ...timestamps,
});

/**
 * 绩效目标执行监控表 (双监控, migration 0014): one per organisation, project (or the unit as a whole), fiscal
 * year, period (`through_month`) and round (1, or 2 for the 二次监控 opened from `first_round_id`). The
 * document is the domain's MonitoringReport; its statuses are the evaluation workflow family's. The figure
 * columns (进度, light counts, focus) are only for sorting the overview: monitoring/derive.ts writes them
 * from the engine on every save, and every read computes the figures again.
 */
export const monitoringReports = pgTable(
  'monitoring_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    /** The target declaration (migration 0013) the report was started from, if any. */
    declarationId: uuid('declaration_id'),
    firstRoundId: uuid('first_round_id').references((): AnyPgColumn => monitoringReports.id, {
      onDelete: 'set null',
    }),
    kind: text('kind').notNull().$type<'project' | 'unitWide'>(),
    fiscalYear: integer('fiscal_year').notNull(),
    throughMonth: integer('through_month').notNull(),
    round: integer('round').notNull().default(1),
    title: text('title').notNull(),
    unitName: text('unit_name').notNull(),
    status: text('status').notNull().default('draft').$type<EvaluationStatus>(),
    ruleSetId: text('rule_set_id').notNull(),
    data: jsonb('data').notNull(),
    executionProgress: numeric('execution_progress'),
    timeProgress: numeric('time_progress'),
    redCount: integer('red_count').notNull().default(0),
    yellowCount: integer('yellow_count').notNull().default(0),
    greenCount: integer('green_count').notNull().default(0),
    blueCount: integer('blue_count').notNull().default(0),
    focus: boolean('focus').notNull().default(false),
    /** 财政 follow-up (是否需要整改, 整改要求和建议, 整改结果和结论): the domain's financeFollowUpSchema. */
    followUp: jsonb('follow_up'),
    demo: boolean('demo').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    index('monitoring_reports_org_year_idx').on(t.organisationId, t.fiscalYear),
    index('monitoring_reports_period_idx').on(t.fiscalYear, t.throughMonth, t.round),
    uniqueIndex('monitoring_reports_second_round_key').on(t.firstRoundId),
  ],
);

/** What a 佐证材料 is attached to: a row of an evaluation (indicator or funds, by path) or a rectification item. */
export type EvidenceOwnerKind = 'evaluation' | 'rectification';

/**
 * 佐证材料: a file (PDF, PNG/JPEG, .docx/.xlsx) attached to an owner, stored here as bytea with its SHA-256.
 * `evaluation_id` is set for evaluation owners so the files go with the evaluation (evidence/store.ts deletes
 * and audit-logs them in the evaluation's delete; the cascade only backs that up). Never updated.
 */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    evaluationId: uuid('evaluation_id').references(() => evaluations.id, { onDelete: 'cascade' }),
    ownerKind: text('owner_kind').notNull().$type<EvidenceOwnerKind>(),
    ownerId: uuid('owner_id').notNull(),
    /** `indicators.3`, `funds.total` … for an evaluation; '' for a rectification item. */
    ownerPath: text('owner_path').notNull().default(''),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('evidence_files_owner_idx').on(t.ownerKind, t.ownerId, t.ownerPath),
    index('evidence_files_organisation_idx').on(t.organisationId),
  ],
);

/**
 * 整改台账 (migration 0015): one row per rectification item, owned by a unit (`organisation_id`). `source_kind`
 * and `source` (the domain's RectificationSource: evaluation or monitoring report, finding code and path) say
 * where it was found; `report` is the unit's latest 整改情况. Its statuses are the domain's
 * RECTIFICATION_WORKFLOW; 逾期 is never stored but derived from `deadline` and the day of the request. The
 * item's id is the owner id evidence files attach to.
 */
export const rectificationItems = pgTable(
  'rectification_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    fiscalYear: integer('fiscal_year').notNull(),
    sourceKind: text('source_kind').notNull().$type<RectificationSourceKind>(),
    source: jsonb('source').notNull().$type<RectificationSource>(),
    problem: text('problem').notNull(),
    measure: text('measure').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('pending').$type<RectificationStatus>(),
    report: text('report'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('rectification_items_org_year_idx').on(t.organisationId, t.fiscalYear),
    index('rectification_items_status_deadline_idx').on(t.status, t.deadline),
  ],
);

/**
 * 结果应用 (migration 0018): the finance reviewer's override of one approved evaluation's next-year
 * suggestion, keyed by fiscal year and evaluation; the rule's figures are never stored (the domain's
 * `applyResults` computes them on every read). `change` is 万元, signed; the reason is mandatory.
 */
export const resultOverrides = pgTable(
  'result_overrides',
  {
    fiscalYear: integer('fiscal_year').notNull(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    suggestion: text('suggestion').notNull().$type<ResultSuggestion>(),
    change: numeric('change').notNull(),
    reason: text('reason').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.fiscalYear, t.evaluationId] }),
    index('result_overrides_evaluation_idx').on(t.evaluationId),
  ],
);

/**
 * 信息公开 (publications/): a frozen snapshot of what was published — an approved evaluation, an approved target
 * declaration, or (kind 'results') a result-application list — with its names, figures and document bytes, so the
 * public site reads only this table and never starts LibreOffice. A withdrawal sets withdrawn_* (with a reason);
 * a withdrawn row is in no public response. One live publication per item.
 */
export const publications = pgTable(
  'publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull().$type<'evaluation' | 'declaration' | 'results'>(),
    /** The evaluation or declaration published (null for a results list). */
    itemId: uuid('item_id'),
    fiscalYear: integer('fiscal_year').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    organisationPath: text('organisation_path').notNull(),
    regionName: text('region_name').notNull(),
    departmentName: text('department_name'),
    unitName: text('unit_name'),
    title: text('title').notNull(),
    /** project | unitWide for evaluations and declarations. */
    evaluationKind: text('evaluation_kind').$type<'project' | 'unitWide'>(),
    score: numeric('score'),
    grade: text('grade'),
    gradeWord: text('grade_word'),
    budgetWanYuan: numeric('budget_wan_yuan'),
    executedWanYuan: numeric('executed_wan_yuan'),
    executionRate: numeric('execution_rate'),
    errorCount: integer('error_count').notNull().default(0),
    warningCount: integer('warning_count').notNull().default(0),
    infoCount: integer('info_count').notNull().default(0),
    /** Plain JSON published as it is (the results list's rows; for the others a small summary). */
    snapshot: jsonb('snapshot').notNull(),
    reportPdf: bytea('report_pdf'),
    tableXlsx: bytea('table_xlsx'),
    /** Who may withdraw it: the publisher the rule set named when it was published (rules `publisherOf`). */
    publisher: text('publisher').notNull().$type<'financeBureau' | 'department'>(),
    publishedBy: uuid('published_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnBy: uuid('withdrawn_by'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawReason: text('withdraw_reason'),
  },
  (t) => [
    uniqueIndex('publications_live_item_key').on(t.kind, t.itemId).where(sql`${t.withdrawnAt} is null`),
    index('publications_public_idx')
      .on(t.fiscalYear, t.publishedAt, t.id)
      .where(sql`${t.withdrawnAt} is null`),
  ],
);
