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
  Page,
  SessionBody,
  SessionUser,
} from './types';

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
  async session(): Promise<SessionUser> {
    return toUser(await call('get', '/api/session'));
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
