import { call, type QueryOf, type ResponseBody } from '../../api/openapi';

/**
 * The public site's API (no sign-in; the server answers only live publications). Types come from the
 * generated API description; nothing here imports the domain engine or zod.
 */
export type PublicList = ResponseBody<'/api/public/publications', 'get'>;
export type PublicSummary = PublicList['items'][number];
export type PublicItem = ResponseBody<'/api/public/publications/{id}', 'get'>;
export type PublicQuery = NonNullable<QueryOf<'/api/public/publications', 'get'>>;

export const publicApi = {
  list(query: PublicQuery, signal: AbortSignal): Promise<PublicList> {
    return call('get', '/api/public/publications', { query, signal });
  },
  item(id: string, signal: AbortSignal): Promise<PublicItem> {
    return call('get', '/api/public/publications/{id}', { params: { id }, signal });
  },
};

/** The filters as they stand in the address (?year=2024&q=…), so a filtered list can be linked to. */
export function queryFromSearch(search: URLSearchParams): PublicQuery {
  const text = (name: string) => search.get(name)?.trim() || undefined;
  const year = Number(search.get('year'));
  const page = Number(search.get('page'));
  const kind = search.get('kind');
  return {
    ...(Number.isInteger(year) && year > 0 ? { year } : {}),
    ...(text('region') ? { region: text('region') } : {}),
    ...(text('department') ? { department: text('department') } : {}),
    ...(text('unit') ? { unit: text('unit') } : {}),
    ...(text('q') ? { q: text('q') } : {}),
    ...(kind === 'evaluation' || kind === 'declaration' || kind === 'results' ? { kind } : {}),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: 20,
  };
}
