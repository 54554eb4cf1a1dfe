import { call, type QueryOf, type RequestBody, type ResponseBody } from '../../api/openapi';

/** The rectification routes as the pages use them (types from the generated API description). */
export type RectificationItem = ResponseBody<'/api/rectification/{id}', 'get'>;
export type RectificationQuery = NonNullable<QueryOf<'/api/rectification', 'get'>>;
export type RectificationTransition = RectificationItem['actions'][number];
export type RectificationStatus = RectificationItem['status'];
export type RectificationSourceKind = RectificationItem['source']['kind'];
export type ByHandBody = RequestBody<'/api/organisations/{id}/rectification', 'post'>;
export type DepartmentLine = ResponseBody<'/api/rectification/overview', 'get'>['departments'][number];

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

export const rectificationApi = {
  list(query: RectificationQuery, signal?: AbortSignal) {
    return call('get', '/api/rectification', { query, ...withSignal(signal) });
  },
  counts(signal?: AbortSignal) {
    return call('get', '/api/rectification/counts', withSignal(signal));
  },
  overview(year: number | undefined, signal?: AbortSignal) {
    return call('get', '/api/rectification/overview', {
      query: year === undefined ? {} : { year },
      ...withSignal(signal),
    });
  },
  priorYear(organisationId: string, year: number, signal?: AbortSignal) {
    return call('get', '/api/organisations/{id}/rectification/prior-year', {
      params: { id: organisationId },
      query: { year },
      ...withSignal(signal),
    });
  },
  byHand(organisationId: string, body: ByHandBody): Promise<RectificationItem> {
    return call('post', '/api/organisations/{id}/rectification', { params: { id: organisationId }, body });
  },
  fromFinding(evaluationId: string, code: string, path: string, measure: string): Promise<RectificationItem> {
    return call('post', '/api/evaluations/{id}/rectification', {
      params: { id: evaluationId },
      body: { from: 'finding', code, path, measure },
    });
  },
  step(id: string, transition: RectificationTransition, version: number, comment?: string) {
    const body = { version, ...(comment ? { comment } : {}) };
    const params = { id };
    switch (transition) {
      case 'start':
        return call('post', '/api/rectification/{id}/start', { params, body });
      case 'report':
        return call('post', '/api/rectification/{id}/report', { params, body });
      case 'close':
        return call('post', '/api/rectification/{id}/close', { params, body });
      case 'return':
        return call('post', '/api/rectification/{id}/return', { params, body });
    }
  },
};
