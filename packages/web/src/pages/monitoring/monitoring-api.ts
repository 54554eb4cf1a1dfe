import { download } from '../../api/client';
import { call, type QueryOf, type RequestBody, type ResponseBody } from '../../api/openapi';
import type { components } from '../../api/schema.gen';

/** The monitoring routes as the pages use them (types from the generated API description). */
export type MonitoringRecord = components['schemas']['MonitoringRecord'];
export type MonitoringResultJson = components['schemas']['MonitoringResult'];
export type MonitoringSummary = ResponseBody<'/api/monitoring', 'get'>['items'][number];
export type MonitoringOverview = ResponseBody<'/api/monitoring/overview', 'get'>;
export type OverviewQuery = NonNullable<QueryOf<'/api/monitoring/overview', 'get'>>;
export type ReportBody = RequestBody<'/api/monitoring/{id}', 'patch'>['report'];
export type FollowUp = RequestBody<'/api/monitoring/{id}/follow-up', 'put'>['followUp'];
export type MonitoringTransition = MonitoringRecord['actions'][number];

export const monitoringApi = {
  list(query: NonNullable<QueryOf<'/api/monitoring', 'get'>>, signal?: AbortSignal) {
    return call('get', '/api/monitoring', { query, ...(signal ? { signal } : {}) });
  },
  get(id: string, signal?: AbortSignal): Promise<MonitoringRecord> {
    return call('get', '/api/monitoring/{id}', { params: { id }, ...(signal ? { signal } : {}) });
  },
  create(organisationId: string, report: ReportBody): Promise<MonitoringRecord> {
    return call('post', '/api/organisations/{id}/monitoring', {
      params: { id: organisationId },
      body: { report },
    });
  },
  /** A unit's approved declarations of the year (a report can start from one; the server checks again). */
  approvedDeclarations(organisationId: string, fiscalYear: number, signal?: AbortSignal) {
    return call('get', '/api/declarations', {
      query: { organisationId, fiscalYear, status: 'approved', page: 1, pageSize: 100 },
      ...(signal ? { signal } : {}),
    });
  },
  /** A draft started from an approved declaration: unit, project, year, budget and targets in force. */
  createFromDeclaration(
    organisationId: string,
    declarationId: string,
    throughMonth: number,
  ): Promise<MonitoringRecord> {
    return call('post', '/api/organisations/{id}/monitoring', {
      params: { id: organisationId },
      body: { declarationId, throughMonth },
    });
  },
  /** A stale version gets 409 and changes nothing. */
  save(id: string, version: number, report: ReportBody): Promise<MonitoringRecord> {
    return call('patch', '/api/monitoring/{id}', { params: { id }, body: { version, report } });
  },
  transition(id: string, transition: MonitoringTransition, version: number, comment?: string) {
    const body = { version, ...(comment ? { comment } : {}) };
    const params = { id };
    switch (transition) {
      case 'submit':
        return call('post', '/api/monitoring/{id}/submit', { params, body });
      case 'sign':
        return call('post', '/api/monitoring/{id}/sign', { params, body });
      case 'approve':
        return call('post', '/api/monitoring/{id}/approve', { params, body });
      case 'return':
        return call('post', '/api/monitoring/{id}/return', { params, body });
      case 'withdraw':
        return call('post', '/api/monitoring/{id}/withdraw', { params, body });
    }
  },
  followUp(id: string, version: number, followUp: FollowUp): Promise<MonitoringRecord> {
    return call('put', '/api/monitoring/{id}/follow-up', { params: { id }, body: { version, followUp } });
  },
  overview(query: OverviewQuery, signal?: AbortSignal): Promise<MonitoringOverview> {
    return call('get', '/api/monitoring/overview', { query, ...(signal ? { signal } : {}) });
  },
  exportReport(id: string, name: string): Promise<void> {
    return download(`/api/monitoring/${encodeURIComponent(id)}/export`, `${name}.xlsx`);
  },
  exportOverview(query: OverviewQuery): Promise<void> {
    return download('/api/monitoring/overview.xlsx', `monitoring-${query.year ?? ''}.xlsx`, query);
  },
};
