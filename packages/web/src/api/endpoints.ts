import type { EvaluationInput } from '@jixiao/domain';
import { download, setCsrfToken } from './client';
import { call } from './openapi';
import type {
  Acknowledgement,
  AuditResponse,
  EvaluationFilters,
  EvaluationRecord,
  EvaluationSummary,
  FieldComment,
  HistoryEntry,
  ImportComparison,
  ImportResult,
  Organisation,
  OrganisationCreate,
  OrganisationUpdate,
  Overview,
  Page,
  SessionBody,
  SessionUser,
  UserCreate,
  UserFilters,
  UserRecord,
  UserUpdate,
  UserWithPassword,
} from './types';

export type BatchAction = 'sign' | 'approve' | 'return';
function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

function toUser(body: SessionBody): SessionUser {
  setCsrfToken(body.csrfToken);
  return { ...body.user, roles: body.roles };
}

/** Every endpoint the app uses, in one place; paths, parameters and answers come from schema.gen.ts. */
export const api = {
  /** Who is signed in, or null: answered 200 either way, so a signed-out load logs no failed request. */
  async session(): Promise<SessionUser | null> {
    const { session } = await call('get', '/api/session/current');
    return session ? toUser(session) : null;
  },
  async signIn(username: string, password: string): Promise<SessionUser> {
    return toUser(await call('post', '/api/session', { body: { username, password } }));
  },
  async signOut(): Promise<void> {
    await call('delete', '/api/session');
    setCsrfToken(undefined);
  },
  /** Changing the password ends other sessions and returns a fresh one (new CSRF token). */
  async changePassword(currentPassword: string, newPassword: string): Promise<SessionUser> {
    return toUser(await call('post', '/api/session/password', { body: { currentPassword, newPassword } }));
  },
  async organisations(): Promise<Organisation[]> {
    return (await call('get', '/api/organisations')).items;
  },
  createOrganisation(body: OrganisationCreate): Promise<Organisation> {
    return call('post', '/api/organisations', { body });
  },
  /** Name and code (and a bureau's 财政区划), at the version read; a stale version gets 409. */
  updateOrganisation(id: string, body: OrganisationUpdate): Promise<Organisation> {
    return call('patch', '/api/organisations/{id}', { params: { id }, body });
  },
  /** Refused (409, saying what remains) while users, evaluations or subordinates hang on it. */
  async deleteOrganisation(id: string, version: number): Promise<void> {
    await call('delete', '/api/organisations/{id}', { params: { id }, query: { version } });
  },

  async users(filters: UserFilters, signal?: AbortSignal): Promise<UserRecord[]> {
    return (await call('get', '/api/users', { query: filters, ...(signal ? { signal } : {}) })).items;
  },
  /** Without a password the server makes a one-time password, returned this once. */
  createUser(body: UserCreate): Promise<UserWithPassword> {
    return call('post', '/api/users', { body });
  },
  /** Name, active, unlock, roles; disabling or changing roles ends the user's sessions. */
  updateUser(id: string, body: UserUpdate): Promise<UserRecord> {
    return call('patch', '/api/users/{id}', { params: { id }, body });
  },
  /** A new one-time password; the user's sessions end and the password must be changed at sign-in. */
  resetPassword(id: string): Promise<UserWithPassword> {
    return call('post', '/api/users/{id}/reset-password', { params: { id } });
  },

  listEvaluations(filters: EvaluationFilters, signal?: AbortSignal): Promise<Page<EvaluationSummary>> {
    const { hasErrors, ...query } = filters;
    return call('get', '/api/evaluations', {
      query: { ...query, ...(hasErrors === undefined ? {} : { hasErrors: hasErrors ? 'true' : 'false' }) },
      ...(signal ? { signal } : {}),
    });
  },
  getEvaluation(id: string, signal?: AbortSignal): Promise<EvaluationRecord> {
    return call('get', '/api/evaluations/{id}', {
      params: { id },
      ...(signal ? { signal } : {}),
    });
  },
  createEvaluation(organisationId: string, evaluation: EvaluationInput): Promise<EvaluationRecord> {
    return call('post', '/api/organisations/{id}/evaluations', {
      params: { id: organisationId },
      body: { evaluation },
    });
  },
  /** A stale version gets 409 and changes nothing. */
  saveEvaluation(id: string, version: number, evaluation: EvaluationInput): Promise<EvaluationRecord> {
    return call('put', '/api/evaluations/{id}', {
      params: { id },
      body: { version, evaluation },
    });
  },
  /** Refused while errors remain; every warning must come back acknowledged with a note. */
  submit(id: string, version: number, acknowledgements: Acknowledgement[]): Promise<EvaluationRecord> {
    return call('post', '/api/evaluations/{id}/submit', {
      params: { id },
      body: { version, acknowledgements },
    });
  },
  /** The unit approver signs off a submitted evaluation (签批); it then goes to the reviewers. */
  sign(id: string, version: number, comment?: string): Promise<EvaluationRecord> {
    return call('post', '/api/evaluations/{id}/sign', {
      params: { id },
      body: { version, ...(comment ? { comment } : {}) },
    });
  },
  approve(id: string, version: number, comment?: string): Promise<EvaluationRecord> {
    return call('post', '/api/evaluations/{id}/approve', {
      params: { id },
      body: { version, ...(comment ? { comment } : {}) },
    });
  },
  returnForChanges(id: string, version: number, reason: string): Promise<EvaluationRecord> {
    return call('post', '/api/evaluations/{id}/return', {
      params: { id },
      body: { version, comment: reason },
    });
  },
  /** 撤回: whoever took the last step takes it back while the next step has not acted. */
  withdraw(id: string, version: number, comment?: string): Promise<EvaluationRecord> {
    return call('post', '/api/evaluations/{id}/withdraw', {
      params: { id },
      body: { version, ...(comment ? { comment } : {}) },
    });
  },
  /** One move on many evaluations, all or nothing (a 409 lists every item that cannot be moved). */
  batch(
    action: BatchAction,
    items: { id: string; version: number }[],
    comment?: string,
  ): Promise<{ items: { id: string; status: string; version: number }[] }> {
    const body = { items, ...(comment ? { comment } : {}) };
    if (action === 'sign') return call('post', '/api/evaluations/batch/sign', { body });
    if (action === 'approve') return call('post', '/api/evaluations/batch/approve', { body });
    return call('post', '/api/evaluations/batch/return', { body });
  },
  async history(id: string): Promise<HistoryEntry[]> {
    return (await call('get', '/api/evaluations/{id}/history', { params: { id } })).items;
  },
  async comments(id: string, signal?: AbortSignal): Promise<FieldComment[]> {
    const body = await call('get', '/api/evaluations/{id}/comments', {
      params: { id },
      ...(signal ? { signal } : {}),
    });
    return body.items;
  },
  addComment(id: string, path: string, text: string): Promise<FieldComment> {
    return call('post', '/api/evaluations/{id}/comments', { params: { id }, body: { path, text } });
  },
  /** A reply takes the path of the comment it answers. */
  replyToComment(id: string, parent: FieldComment, text: string): Promise<FieldComment> {
    return call('post', '/api/evaluations/{id}/comments', {
      params: { id },
      body: { path: parent.path, text, parentId: parent.id },
    });
  },
  async resolveComment(id: string, commentId: string, resolved: boolean): Promise<FieldComment[]> {
    const body = await call('patch', '/api/evaluations/{id}/comments/{commentId}', {
      params: { id, commentId },
      body: { resolved },
    });
    return body.items;
  },
  /** The 自评报告 (.docx) — served by the export route once it knows `format=docx`. */
  downloadReport(id: string, name: string): Promise<void> {
    return download(`/api/evaluations/${encodeURIComponent(id)}/export`, `${name}.docx`, { format: 'docx' });
  },
  /** The 自评报告 as PDF: converted on the server by LibreOffice, in its heavy-work pool (may queue). */
  downloadPdf(id: string, name: string, headers?: Record<string, string>): Promise<void> {
    return download(
      `/api/evaluations/${encodeURIComponent(id)}/export`,
      `${name}.pdf`,
      { format: 'pdf' },
      headers,
    );
  },
  /** The official 自评表 (.xlsx). */
  downloadSheet(id: string, name: string): Promise<void> {
    return download(`/api/evaluations/${encodeURIComponent(id)}/export`, `${name}.xlsx`, { format: 'xlsx' });
  },
  /** What importing `file` into the unit for `fiscalYear` would do: both sides compared, the rule set kept. */
  previewImport(file: File, organisationId: string, fiscalYear: number): Promise<ImportComparison> {
    return call('post', '/api/organisations/{id}/evaluations/import/preview', {
      params: { id: organisationId },
      query: { fiscalYear },
      form: fileForm(file),
    });
  },
  /** Imports `file` as a draft; the server refuses (409) differences from the unit or year not `confirmed`. */
  importEvaluation(
    file: File,
    organisationId: string,
    fiscalYear: number,
    confirmed: boolean,
  ): Promise<ImportResult> {
    return call('post', '/api/organisations/{id}/evaluations/import', {
      params: { id: organisationId },
      query: { fiscalYear, ...(confirmed ? { confirm: 'true' as const } : {}) },
      form: fileForm(file),
    });
  },
  /** 全局总览: only submitted-and-later evaluations count; drafts and returned ones are one count apart. */
  overview(
    query: { fiscalYear: number; organisationId?: string; page?: number; pageSize?: number },
    signal?: AbortSignal,
  ): Promise<Overview> {
    return call('get', '/api/reports/overview', { query, ...(signal ? { signal } : {}) });
  },
  exportOverview(filters: EvaluationFilters): Promise<void> {
    const query: Record<string, string> = {};
    if (filters.fiscalYear !== undefined) query.fiscalYear = String(filters.fiscalYear);
    if (filters.organisationId) query.organisationId = filters.organisationId;
    return download('/api/reports/overview.xlsx', `overview-${filters.fiscalYear ?? ''}.xlsx`, query);
  },
  /** 报告审核: audits reports written elsewhere; the server stores nothing. */
  auditReports(
    files: readonly File[],
    lang: 'zh' | 'en',
    headers?: Record<string, string>,
  ): Promise<AuditResponse> {
    const form = new FormData();
    for (const file of files) form.append('file', file, file.name);
    return call('post', '/api/audit', { form, query: { lang }, ...(headers ? { headers } : {}) });
  },
};
