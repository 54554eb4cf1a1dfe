import { createHash } from 'node:crypto';
import { dec, fixed, JixiaoError, type Message } from '@jixiao/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { audit, auditAll } from '../db/audit';
import type { Db, DbOrTx } from '../db/connect';
import { evidenceFiles, users } from '../db/schema';
import { invalid, notFound } from '../http/errors';
import { serverMessage as m } from '../messages';
import { withinQuota } from '../quota/org-quota';
import { CONTENT_TYPE, recogniseEvidence } from './content-type';
import type { EvidenceLimits } from './limits';
import type { EvidenceOwner } from './owners';

/** One stored file as lists show it: everything but its bytes. */
export interface EvidenceSummary {
  id: string;
  ownerKind: EvidenceOwner['kind'];
  ownerId: string;
  path: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedByName: string | null;
  uploadedAt: string;
}

const summaryColumns = {
  id: evidenceFiles.id,
  ownerKind: evidenceFiles.ownerKind,
  ownerId: evidenceFiles.ownerId,
  path: evidenceFiles.ownerPath,
  fileName: evidenceFiles.fileName,
  contentType: evidenceFiles.contentType,
  size: evidenceFiles.size,
  sha256: evidenceFiles.sha256,
  uploadedBy: evidenceFiles.uploadedBy,
  uploadedByName: users.displayName,
  uploadedAt: evidenceFiles.uploadedAt,
};

type SummaryRow = Omit<EvidenceSummary, 'uploadedAt' | 'uploadedByName'> & {
  uploadedAt: Date;
  uploadedByName: string | null;
};
const summaryOf = (row: SummaryRow): EvidenceSummary => ({
  ...row,
  uploadedAt: row.uploadedAt.toISOString(),
});

/** The files of an owner (all places), in place then upload order. */
export async function listEvidence(
  db: DbOrTx,
  owner: Pick<EvidenceOwner, 'kind' | 'id'>,
): Promise<EvidenceSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(evidenceFiles)
    .leftJoin(users, eq(users.id, evidenceFiles.uploadedBy))
    .where(and(eq(evidenceFiles.ownerKind, owner.kind), eq(evidenceFiles.ownerId, owner.id)))
    .orderBy(asc(evidenceFiles.ownerPath), asc(evidenceFiles.uploadedAt), asc(evidenceFiles.id));
  return rows.map(summaryOf);
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const MB = 1024 * 1024;
const mb = (bytes: number) => fixed(dec(bytes).dividedBy(MB), 2, 'halfUp');

/** What an audit line says of a file: enough to know which file it was without its bytes. */
const auditedFile = (f: {
  fileName: string;
  sha256: string;
  size: number;
  ownerKind: string;
  ownerId: string;
  path: string;
}) => ({
  fileName: f.fileName,
  sha256: f.sha256,
  size: f.size,
  ownerKind: f.ownerKind,
  ownerId: f.ownerId,
  path: f.path,
});

/**
 * Stores one uploaded file on a place of its owner, all or nothing: its content must match its extension,
 * the place may not hold `maxPerPlace` files already, the owner's files may not pass `maxOwnerBytes`
 * together, and the organisation's storage quota holds. The organisation's row is locked first (withinQuota),
 * so two uploads to one owner are counted one after the other. One audit line (entity `evidence`).
 */
export async function addEvidence(
  db: Db,
  input: {
    owner: EvidenceOwner;
    path: string;
    place: Message;
    file: { name: string; bytes: Uint8Array };
    userId: string;
    limits: EvidenceLimits;
  },
): Promise<EvidenceSummary> {
  const { owner, path, file, limits } = input;
  const kind = recogniseEvidence(file.name, file.bytes);
  const sha256 = sha256Of(file.bytes);
  const id = await withinQuota(db, [owner.organisationId], async (tx) => {
    const [used] = await tx
      .select({
        bytes: sql<string>`coalesce(sum(${evidenceFiles.size}), 0)`,
        here: sql<string>`count(*) filter (where ${evidenceFiles.ownerPath} = ${path})`,
      })
      .from(evidenceFiles)
      .where(and(eq(evidenceFiles.ownerKind, owner.kind), eq(evidenceFiles.ownerId, owner.id)));
    const usedBytes = Number(used?.bytes ?? 0);
    if (Number(used?.here ?? 0) >= limits.maxPerPlace)
      throw invalid(m('evidence.tooMany', { max: limits.maxPerPlace, place: input.place }));
    if (usedBytes + file.bytes.length > limits.maxOwnerBytes)
      throw new JixiaoError(
        'TOO_LARGE',
        m('evidence.evaluationTotal', { mb: mb(limits.maxOwnerBytes), used: mb(usedBytes) }),
      );
    const [row] = await tx
      .insert(evidenceFiles)
      .values({
        organisationId: owner.organisationId,
        evaluationId: owner.evaluationId,
        ownerKind: owner.kind,
        ownerId: owner.id,
        ownerPath: path,
        fileName: file.name,
        contentType: CONTENT_TYPE[kind],
        size: file.bytes.length,
        sha256,
        bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
        uploadedBy: input.userId,
      })
      .returning({ id: evidenceFiles.id });
    if (!row) throw new Error('insert returned no row');
    await audit(tx, {
      userId: input.userId,
      action: 'create',
      entity: 'evidence',
      entityId: row.id,
      after: auditedFile({
        fileName: file.name,
        sha256,
        size: file.bytes.length,
        ownerKind: owner.kind,
        ownerId: owner.id,
        path,
      }),
    });
    return row.id;
  });
  const summary = await evidenceSummary(db, id);
  if (!summary) throw notFound('entity.evidence');
  return summary;
}

export async function evidenceSummary(db: DbOrTx, id: string): Promise<EvidenceSummary | undefined> {
  const [row] = await db
    .select(summaryColumns)
    .from(evidenceFiles)
    .leftJoin(users, eq(users.id, evidenceFiles.uploadedBy))
    .where(eq(evidenceFiles.id, id));
  return row ? summaryOf(row) : undefined;
}

/** One file with its bytes (a download, a bundle entry). */
export async function loadEvidenceFile(db: DbOrTx, id: string) {
  const [row] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id));
  if (!row) throw notFound('entity.evidence');
  return row;
}

/** The owner of a stored file, as the routes resolve it (kind and id). */
export async function ownerRefOf(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ kind: evidenceFiles.ownerKind, id: evidenceFiles.ownerId })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.id, id));
  if (!row) throw notFound('entity.evidence');
  return row;
}

/** Deletes one file, audit-logged with who, which file and its checksum, in one transaction. */
export async function deleteEvidence(db: Db, input: { id: string; userId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(evidenceFiles)
      .where(eq(evidenceFiles.id, input.id))
      .returning(deletedColumns);
    if (!gone) throw notFound('entity.evidence');
    await audit(tx, {
      userId: input.userId,
      action: 'delete',
      entity: 'evidence',
      entityId: gone.id,
      before: auditedFile(gone),
    });
  });
}

const deletedColumns = {
  id: evidenceFiles.id,
  fileName: evidenceFiles.fileName,
  sha256: evidenceFiles.sha256,
  size: evidenceFiles.size,
  ownerKind: evidenceFiles.ownerKind,
  ownerId: evidenceFiles.ownerId,
  path: evidenceFiles.ownerPath,
};

/**
 * The files of an evaluation that is being deleted, deleted in its transaction with one audit line each
 * (`delete`, entity `evidence`, `reason: 'owner deleted'`), before the evaluation's row goes.
 */
export async function deleteEvidenceOfEvaluation(
  tx: DbOrTx,
  evaluationId: string,
  userId: string,
): Promise<void> {
  const gone = await tx
    .delete(evidenceFiles)
    .where(eq(evidenceFiles.evaluationId, evaluationId))
    .returning(deletedColumns);
  await auditAll(
    tx,
    gone.map((f) => ({
      userId,
      action: 'delete',
      entity: 'evidence',
      entityId: f.id,
      before: { ...auditedFile(f), reason: 'owner deleted' },
    })),
  );
}
