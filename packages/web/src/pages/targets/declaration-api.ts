import type { TargetDeclarationInput } from '@jixiao/domain';
import { call, type ResponseBody } from '../../api/openapi';

/** The declaration routes the pages use; paths, parameters and answers come from schema.gen.ts. */
export type DeclarationRecord = ResponseBody<'/api/declarations/{id}', 'get'>;
export type DeclarationSummary = ResponseBody<'/api/declarations', 'get'>['items'][number];
export type DeclarationHistoryItem = ResponseBody<'/api/declarations/{id}/history', 'get'>['items'][number];
export type Checklist = NonNullable<DeclarationHistoryItem['checklist']>;
export type DeclarationMove = 'submit' | 'sign' | 'approve' | 'return' | 'withdraw';
export interface MoveBody {
  version: number;
  comment?: string;
  checklist?: Checklist;
  acknowledgements?: { code: string; path: string; note: string }[];
}
export interface AdjustmentAsked {
  index: number;
  target: { comparator?: '>=' | '<=' | '=' | 'qualitative'; value?: string; unit?: string; text?: string };
  reason: string;
}

export const declarationApi = {
  list(
    query: { awaiting?: 'true'; fiscalYear?: number; q?: string; pageSize?: number },
    signal?: AbortSignal,
  ): Promise<ResponseBody<'/api/declarations', 'get'>> {
    return call('get', '/api/declarations', { query, ...(signal ? { signal } : {}) });
  },
  get(id: string, signal?: AbortSignal): Promise<DeclarationRecord> {
    return call('get', '/api/declarations/{id}', { params: { id }, ...(signal ? { signal } : {}) });
  },
  create(organisationId: string, declaration: TargetDeclarationInput): Promise<DeclarationRecord> {
    return call('post', '/api/organisations/{id}/declarations', {
      params: { id: organisationId },
      body: { declaration },
    });
  },
  save(id: string, version: number, declaration: TargetDeclarationInput): Promise<DeclarationRecord> {
    return call('patch', '/api/declarations/{id}', {
      params: { id },
      body: { version, declaration },
    });
  },
  move(id: string, move: DeclarationMove, body: MoveBody): Promise<DeclarationRecord> {
    const params = { params: { id }, body };
    if (move === 'submit') return call('post', '/api/declarations/{id}/submit', params);
    if (move === 'sign') return call('post', '/api/declarations/{id}/sign', params);
    if (move === 'approve') return call('post', '/api/declarations/{id}/approve', params);
    if (move === 'return') return call('post', '/api/declarations/{id}/return', params);
    return call('post', '/api/declarations/{id}/withdraw', params);
  },
  adjust(id: string, version: number, adjustments: AdjustmentAsked[]): Promise<DeclarationRecord> {
    return call('post', '/api/declarations/{id}/adjust', { params: { id }, body: { version, adjustments } });
  },
  async history(id: string): Promise<DeclarationHistoryItem[]> {
    return (await call('get', '/api/declarations/{id}/history', { params: { id } })).items;
  },
  generateEvaluation(
    id: string,
    version: number,
  ): Promise<ResponseBody<'/api/declarations/{id}/evaluation', 'post'>> {
    return call('post', '/api/declarations/{id}/evaluation', { params: { id }, body: { version } });
  },
};
