import { call, type ResponseBody } from '../api/openapi';

/** One evidence file as the server lists it (no bytes). */
export type EvidenceFile = ResponseBody<'/api/evaluations/{id}/evidence', 'get'>['files'][number];

/**
 * What files are attached to (docs/evidence.md): an evaluation, whose files sit on a row (`path`), or a
 * rectification item (整改事项), whose files are the unit's answer and have no row.
 */
export type EvidenceOwnerRef = { kind: 'evaluation'; id: string } | { kind: 'rectification'; id: string };

/** The download link of a file; `inline` previews a PDF or an image in the browser. */
export const evidenceHref = (id: string, inline = false) =>
  `/api/evidence/${encodeURIComponent(id)}${inline ? '?inline=true' : ''}`;

export const bundleHref = (evaluationId: string) =>
  `/api/evaluations/${encodeURIComponent(evaluationId)}/bundle.zip`;

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The 佐证材料 endpoints of an owner. */
export const evidenceApi = {
  async list(owner: EvidenceOwnerRef, signal?: AbortSignal): Promise<EvidenceFile[]> {
    const params = { id: owner.id };
    const answer =
      owner.kind === 'evaluation'
        ? await call('get', '/api/evaluations/{id}/evidence', { params, ...withSignal(signal) })
        : await call('get', '/api/rectification/{id}/evidence', { params, ...withSignal(signal) });
    return answer.files;
  },
  /** Uploads one file; `path` names the evaluation's row and is ignored for a rectification item. */
  upload(owner: EvidenceOwnerRef, path: string, file: File): Promise<EvidenceFile> {
    const form = new FormData();
    form.append('file', file, file.name);
    const params = { id: owner.id };
    return owner.kind === 'evaluation'
      ? call('post', '/api/evaluations/{id}/evidence', { params, query: { path }, form })
      : call('post', '/api/rectification/{id}/evidence', { params, form });
  },
  async remove(id: string): Promise<void> {
    await call('delete', '/api/evidence/{id}', { params: { id } });
  },
};
