import { download } from '../../api/client';
import { call, type RequestBody, type ResponseBody } from '../../api/openapi';

/** The 结果应用 routes as the pages use them (types from the generated API description). */
export type ResultsList = ResponseBody<'/api/results', 'get'>;
export type ResultsDepartment = ResultsList['departments'][number];
export type ResultsUnit = ResultsDepartment['units'][number];
export type ResultEntry = ResultsUnit['entries'][number];
export type OverrideBody = RequestBody<'/api/results/{id}', 'patch'>;
export type Suggestion = OverrideBody['suggestion'];
export const SUGGESTIONS: readonly Suggestion[] = ['prioritise', 'asNeeded', 'reduce', 'cancelOrSuspend'];

export type ResultsQuery = { fiscalYear: number; organisationId?: string } & Record<string, string | number>;

export const resultsApi = {
  list(query: ResultsQuery, signal?: AbortSignal): Promise<ResultsList> {
    return call('get', '/api/results', { query, ...(signal ? { signal } : {}) });
  },
  /** At the version read (0 while the entry has no override); a stale one gets 409 and changes nothing. */
  override(evaluationId: string, body: OverrideBody): Promise<ResultEntry> {
    return call('patch', '/api/results/{id}', { params: { id: evaluationId }, body });
  },
  /** 发布结果清单: the year's list of the reviewer's region to the public site (a new publication). */
  publish(fiscalYear: number): Promise<ResponseBody<'/api/results/publish', 'post'>> {
    return call('post', '/api/results/publish', { query: { fiscalYear } });
  },
  exportXlsx(query: ResultsQuery): Promise<void> {
    return download('/api/results.xlsx', `结果应用建议${query.fiscalYear}.xlsx`, { ...query });
  },
};
