import { dec, round } from '@jixiao/domain';

/** How much evidence is taken: per file, per evaluation (or rectification item), and files per place. */
export interface EvidenceLimits {
  maxFileBytes: number;
  maxOwnerBytes: number;
  maxPerPlace: number;
}

const MB = 1024 * 1024;
export const DEFAULT_EVIDENCE_LIMITS = { fileMb: '20', ownerMb: '200', perPlace: 50 } as const;

function megabytes(text: string | undefined, fallback: string): number {
  const t = text?.trim() ?? '';
  const value = /^\d{1,7}(\.\d{1,6})?$/.test(t) ? dec(t) : dec(fallback);
  return round(value.times(MB), 0, 'truncate').toNumber();
}

/**
 * The limits from the environment, read on every upload: JIXIAO_EVIDENCE_FILE_MB (20 MB a file),
 * JIXIAO_EVIDENCE_EVALUATION_MB (200 MB for one evaluation's files), JIXIAO_EVIDENCE_PER_PLACE (50 files on one
 * indicator row, funds row or rectification item).
 */
export function evidenceLimits(env: Record<string, string | undefined> = process.env): EvidenceLimits {
  const count = env.JIXIAO_EVIDENCE_PER_PLACE?.trim() ?? '';
  return {
    maxFileBytes: megabytes(env.JIXIAO_EVIDENCE_FILE_MB, DEFAULT_EVIDENCE_LIMITS.fileMb),
    maxOwnerBytes: megabytes(env.JIXIAO_EVIDENCE_EVALUATION_MB, DEFAULT_EVIDENCE_LIMITS.ownerMb),
    maxPerPlace:
      /^\d{1,6}$/.test(count) && Number(count) > 0 ? Number(count) : DEFAULT_EVIDENCE_LIMITS.perPlace,
  };
}
