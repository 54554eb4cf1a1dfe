import { call, type ResponseBody } from '../api/openapi';

/** One evidence file as the server lists it (no bytes). */
export type EvidenceFile = ResponseBody<'/api/evaluations/{id}/evidence', 'get'>['files'][number];

/** The download link of a file; `inline` previews a PDF or an image in the browser. */
export const evidenceHref = (id: string, inline = false) =>
  `/api/evidence/${encodeURIComponent(id)}${inline ? '?inline=true' : ''}`;

export const bundleHref = (evaluationId: string) =>
  `/api/evaluations/${encodeURIComponent(evaluationId)}/bundle.zip`;

/** The 佐证材料 endpoints of an evaluation. */
export const evidenceApi = {
  async list(evaluationId: string, signal?: AbortSignal): Promise<EvidenceFile[]> {
    return (
      await call('get', '/api/evaluations/{id}/evidence', {
        params: { id: evaluationId },
        ...(signal ? { signal } : {}),
      })
    ).files;
  },
  upload(evaluationId: string, path: string, file: File): Promise<EvidenceFile> {
    const form = new FormData();
    form.append('file', file, file.name);
    return call('post', '/api/evaluations/{id}/evidence', {
      params: { id: evaluationId },
      query: { path },
      form,
    });
  },
  async remove(id: string): Promise<void> {
    await call('delete', '/api/evidence/{id}', { params: { id } });
  },
};
