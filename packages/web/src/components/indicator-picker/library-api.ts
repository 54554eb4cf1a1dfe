import type { LibraryCategory } from '@jixiao/domain';
import { download } from '../../api/client';
import { call, type QueryOf, type RequestBody, type ResponseBody } from '../../api/openapi';

/** One library entry as GET /api/indicator-library answers it (the domain's entry, its version, builtin or not). */
export type LibraryItem = ResponseBody<'/api/indicator-library', 'get'>['items'][number];
export type LibraryEntryCreate = RequestBody<'/api/indicator-library', 'post'>;
export type LibraryEntryChange = Omit<RequestBody<'/api/indicator-library/{id}', 'patch'>, 'version'>;
export type LibraryImportPlan = ResponseBody<'/api/indicator-library/import', 'post'>;
type SearchQuery = NonNullable<QueryOf<'/api/indicator-library', 'get'>>;

export interface LibrarySearch {
  query?: string;
  category?: LibraryCategory;
  level1?: string;
  includeRetired?: boolean;
}

function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/** The indicator-library endpoints, shared by the picker (declarations) and the admin page. */
export const libraryApi = {
  async search(search: LibrarySearch, signal?: AbortSignal): Promise<LibraryItem[]> {
    const query: SearchQuery = {
      ...(search.query ? { query: search.query } : {}),
      ...(search.category ? { category: search.category } : {}),
      ...(search.level1 ? { level1: search.level1 } : {}),
      ...(search.includeRetired ? { includeRetired: 'true' as const } : {}),
    };
    return (await call('get', '/api/indicator-library', { query, ...(signal ? { signal } : {}) })).items;
  },
  add(body: LibraryEntryCreate): Promise<LibraryItem> {
    return call('post', '/api/indicator-library', { body });
  },
  /** A stale version gets 409 and changes nothing. */
  change(id: string, version: number, change: LibraryEntryChange): Promise<LibraryItem> {
    return call('patch', '/api/indicator-library/{id}', { params: { id }, body: { ...change, version } });
  },
  retire(id: string, version: number): Promise<LibraryItem> {
    return call('post', '/api/indicator-library/{id}/retire', { params: { id }, body: { version } });
  },
  restore(id: string, version: number): Promise<LibraryItem> {
    return call('post', '/api/indicator-library/{id}/restore', { params: { id }, body: { version } });
  },
  /** All or nothing; `preview` reports what would change and writes nothing. */
  importWorkbook(file: File, preview: boolean): Promise<LibraryImportPlan> {
    return call('post', '/api/indicator-library/import', {
      query: preview ? { preview: 'true' } : {},
      form: fileForm(file),
    });
  },
  exportWorkbook(fallbackName: string): Promise<void> {
    return download('/api/indicator-library/export.xlsx', fallbackName);
  },
};
