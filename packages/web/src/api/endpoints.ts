import type { EvaluationInput } from '@jixiao/domain';
import type { AuditResponse } from './audit-types';
import { download, request, setCsrfToken } from './client';
import type {
  Acknowledgement,
  EvaluationFilters,
  EvaluationRecord,
  EvaluationSummary,
  FieldComment,
  HistoryEntry,
  ImportResult,
  Organisation,
  Page,
  SessionBody,
  SessionUser,
} from './types';

function toUser(body: SessionBody): SessionUser {
  setCsrfToken(body.csrfToken);
  return { ...body.user, roles: body.roles };
}

const enc = encodeURIComponent;

interface LegacyAudit {
  after?: { status?: HistoryEntry['toStatus']; comment?: string; path?: string } | null;
}

/** Every endpoint the app uses, in one place (the report of the web issue lists them for the server). */
export const api = {
  async session(): Promise<SessionUser> {
    return toUser(await request<SessionBody>('GET', '/api/session'));
  },
  async signIn(username: string, password: string): Promise<SessionUser> {
    return toUser(await request<SessionBody>('POST', '/api/session', { body: { username, password } }));
  },
  async signOut(): Promise<void> {
    await request<unknown>('DELETE', '/api/session');
    setCsrfToken(undefined);
  },
  /** Changing the password ends other sessions and returns a fresh one (new CSRF token). */
  async changePassword(currentPassword: string, newPassword: string): Promise<SessionUser> {
    return toUser(
      await request<SessionBody>('POST', '/api/session/password', { body: { currentPassword, newPassword } }),
    );
  },
  async organisations(): Promise<Organisation[]> {
    return (await request<{ items: Organisation[] }>('GET', '/api/organisations')).items;
  },

  async listEvaluations(filters: EvaluationFilters, signal?: AbortSignal): Promise<Page<EvaluationSummary>> {
    const { hasErrors, ...query } = filters;
    return request<Page<EvaluationSummary>>('GET', '/api/evaluations', {
      query: { ...query, ...(hasErrors === undefined ? {} : { hasErrors: String(hasErrors) }) },
      ...(signal ? { signal } : {}),
    });
  },
  getEvaluation(id: string, signal?: AbortSignal): Promise<EvaluationRecord> {
    return request('GET', `/api/evaluations/${enc(id)}`, signal ? { signal } : {});
  },
  createEvaluation(organisationId: string, evaluation: EvaluationInput): Promise<EvaluationRecord> {
    return request('POST', `/api/organisations/${enc(organisationId)}/evaluations`, { body: { evaluation } });
  },
  /** A stale version gets 409 and changes nothing. */
  saveEvaluation(id: string, version: number, evaluation: EvaluationInput): Promise<EvaluationRecord> {
    return request('PUT', `/api/evaluations/${enc(id)}`, { body: { version, evaluation } });
  },
  /** Refused while errors remain; every warning must come back acknowledged with a note. */
  submit(id: string, version: number, acknowledgements: Acknowledgement[]): Promise<EvaluationRecord> {
    return request('POST', `/api/evaluations/${enc(id)}/submit`, { body: { version, acknowledgements } });
  },
  /** The unit approver signs off a submitted evaluation (签批); it then goes to the reviewers. */
  sign(id: string, version: number, comment?: string): Promise<EvaluationRecord> {
    return request('POST', `/api/evaluations/${enc(id)}/sign`, {
      body: { version, ...(comment ? { comment } : {}) },
    });
  },
  approve(id: string, version: number, comment?: string): Promise<EvaluationRecord> {
    return request('POST', `/api/evaluations/${enc(id)}/approve`, {
      body: { version, ...(comment ? { comment } : {}) },
    });
  },
  returnForChanges(id: string, version: number, reason: string): Promise<EvaluationRecord> {
    return request('POST', `/api/evaluations/${enc(id)}/return`, { body: { version, comment: reason } });
  },
  async history(id: string): Promise<HistoryEntry[]> {
    const body = await request<{ items: (HistoryEntry & LegacyAudit)[] }>(
      'GET',
      `/api/evaluations/${enc(id)}/history`,
    );
    // Servers before the workflow issue sent raw audit rows ({ after: { status, comment } }): read both.
    return body.items.map(({ after, ...h }) => ({
      ...h,
      toStatus: h.toStatus ?? after?.status ?? null,
      comment: h.comment ?? after?.comment ?? null,
      path: h.path ?? after?.path ?? null,
    }));
  },
  async comments(id: string, signal?: AbortSignal): Promise<FieldComment[]> {
    const body = await request<{ items: FieldComment[] }>(
      'GET',
      `/api/evaluations/${enc(id)}/comments`,
      signal ? { signal } : {},
    );
    return body.items;
  },
  addComment(id: string, path: string, text: string): Promise<FieldComment> {
    return request('POST', `/api/evaluations/${enc(id)}/comments`, { body: { path, text } });
  },
  /** The 自评报告 (.docx) — served by the export route once it knows `format=docx`. */
  downloadReport(id: string, name: string): Promise<void> {
    return download(`/api/evaluations/${enc(id)}/export`, `${name}.docx`, { format: 'docx' });
  },
  /** The official 自评表 (.xlsx). */
  downloadSheet(id: string, name: string): Promise<void> {
    return download(`/api/evaluations/${enc(id)}/export`, `${name}.xlsx`, { format: 'xlsx' });
  },
  importEvaluation(file: File, organisationId: string): Promise<ImportResult> {
    const form = new FormData();
    form.append('file', file, file.name);
    return request('POST', `/api/organisations/${enc(organisationId)}/evaluations/import`, { form });
  },
  exportOverview(filters: EvaluationFilters): Promise<void> {
    const query: Record<string, string> = {};
    if (filters.fiscalYear !== undefined) query.fiscalYear = String(filters.fiscalYear);
    if (filters.organisationId) query.organisationId = filters.organisationId;
    return download('/api/reports/overview.xlsx', `overview-${filters.fiscalYear ?? ''}.xlsx`, query);
  },
  /** 报告审核: audits reports written elsewhere; the server stores nothing. */
  auditReports(files: readonly File[], lang: 'zh' | 'en'): Promise<AuditResponse> {
    const form = new FormData();
    for (const file of files) form.append('file', file, file.name);
    return request('POST', '/api/audit', { form, query: { lang } });
  },
};
