import { call, type QueryOf, type RequestBody, type ResponseBody } from './openapi';

/**
 * The administration endpoints of fiscal years (deadlines), rule sets (upload, assignment per region and
 * year), the audit log and the demo data, beside `api` in endpoints.ts; paths and answers from schema.gen.ts.
 */
export type FiscalYear = ResponseBody<'/api/fiscal-years', 'get'>['items'][number];
export type DeadlineStage = keyof FiscalYear['deadlines'];
export type FiscalYearChange = Omit<RequestBody<'/api/fiscal-years/{year}', 'patch'>, 'version'>;
export type RuleSetItem = ResponseBody<'/api/rule-sets', 'get'>['items'][number];
export type RuleSetAssignment = ResponseBody<'/api/rule-set-assignments', 'get'>['items'][number];
export type AuditLogLine = ResponseBody<'/api/audit-log', 'get'>['items'][number];
export type AuditLogQuery = NonNullable<QueryOf<'/api/audit-log', 'get'>>;
export type UserItem = ResponseBody<'/api/users', 'get'>['items'][number];

/** The stages in the order they fall in a year: 目标申报, 运行监控, 绩效自评, 审核. */
export const DEADLINE_STAGES = [
  'declaration',
  'monitoring',
  'selfEvaluation',
  'review',
] as const satisfies readonly DeadlineStage[];
// Compiles only while the list names every stage the server's fiscal years carry.
true satisfies [Exclude<DeadlineStage, (typeof DEADLINE_STAGES)[number]>] extends [never] ? true : never;

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

export const administrationApi = {
  async fiscalYears(signal?: AbortSignal): Promise<FiscalYear[]> {
    return (await call('get', '/api/fiscal-years', withSignal(signal))).items;
  },
  createFiscalYear(year: number, ruleSetId: string): Promise<FiscalYear> {
    return call('post', '/api/fiscal-years', { body: { year, ruleSetId } });
  },
  updateFiscalYear(year: number, version: number, change: FiscalYearChange): Promise<FiscalYear> {
    return call('patch', '/api/fiscal-years/{year}', { params: { year }, body: { version, ...change } });
  },
  async ruleSets(signal?: AbortSignal): Promise<RuleSetItem[]> {
    return (await call('get', '/api/rule-sets', withSignal(signal))).items;
  },
  uploadRuleSet(fileName: string, content: string) {
    return call('post', '/api/rule-sets', { body: { fileName, content } });
  },
  async ruleSetAssignments(fiscalYear: number, signal?: AbortSignal): Promise<RuleSetAssignment[]> {
    return (await call('get', '/api/rule-set-assignments', { query: { fiscalYear }, ...withSignal(signal) }))
      .items;
  },
  assignRuleSet(organisationId: string, year: number, ruleSetId: string, version?: number) {
    return call('put', '/api/organisations/{id}/rule-set-assignments/{year}', {
      params: { id: organisationId, year },
      body: { ruleSetId, ...(version === undefined ? {} : { version }) },
    });
  },
  async unassignRuleSet(organisationId: string, year: number, version: number): Promise<void> {
    await call('delete', '/api/organisations/{id}/rule-set-assignments/{year}', {
      params: { id: organisationId, year },
      query: { version },
    });
  },
  /** The rule set the region of this organisation assigned for the year (new evaluations take it), or null. */
  async assignedRuleSet(organisationId: string, year: number, signal?: AbortSignal): Promise<string | null> {
    const answer = await call('get', '/api/organisations/{id}/rule-set-assignments/{year}', {
      params: { id: organisationId, year },
      ...withSignal(signal),
    });
    return answer.ruleSetId;
  },
  async auditLog(query: AuditLogQuery, signal?: AbortSignal): Promise<AuditLogLine[]> {
    return (await call('get', '/api/audit-log', { query, ...withSignal(signal) })).items;
  },
  async users(signal?: AbortSignal): Promise<UserItem[]> {
    return (await call('get', '/api/users', withSignal(signal))).items;
  },
  removeDemoData() {
    return call('delete', '/api/demo');
  },
};
