import { PassThrough, type Readable } from 'node:stream';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connect';
import { evidenceFiles } from '../db/schema';
import { exportEvaluation } from '../evaluations/export';
import { serverMessage as m } from '../messages';
import { evaluationOwner, placeOf } from './owners';

/** Characters no folder or file name in a zip opened on Windows may hold. */
const FORBIDDEN = new Set([...'\\/:*?"<>|']);
const safeName = (text: string) =>
  [...text]
    .map((c) => (FORBIDDEN.has(c) || c.charCodeAt(0) < 0x20 ? '_' : c))
    .join('')
    .trim() || '_';

/** The folder of a place under 佐证材料/: "绩效指标04-群众满意度", "资金-年度资金总额"; a place now gone keeps its path. */
function folderOf(evaluation: Parameters<typeof placeOf>[0], path: string): string {
  const place = placeOf(evaluation, path);
  if (!place) return safeName(path);
  if (place.kind === 'indicator')
    return safeName(`绩效指标${String(place.index + 1).padStart(2, '0')}-${place.name}`);
  return safeName(`资金-${place.label.replace(/^其中：/, '')}`);
}

/** "a.pdf", "a (2).pdf", … so two files of one name in one folder both arrive. */
function uniqueName(taken: Set<string>, folder: string, fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ext = dot > 0 ? fileName.slice(dot) : '';
  let name = `${folder}/${safeName(fileName)}`;
  for (let n = 2; taken.has(name); n++) name = `${folder}/${safeName(`${stem} (${n})${ext}`)}`;
  taken.add(name);
  return name;
}

export interface Bundle {
  fileName: string;
  stream: Readable;
}

/**
 * The submission bundle (报送材料) of one evaluation as a .zip: the 自评表 .xlsx, the 自评报告 .docx and every
 * evidence file under 佐证材料/<place>/. Streamed: the two documents are made first (small), then the files are
 * read from the database one at a time as the zip is sent, so memory holds one file, not the bundle. Entries
 * are stored, not deflated (PDF, images and OOXML are compressed already); fflate writes the container, as
 * for the overview workbook (reports/table-xlsx.ts).
 */
export async function evaluationBundle(db: DbOrTx, evaluationId: string): Promise<Bundle> {
  const owner = await evaluationOwner(db, evaluationId);
  const base = `${owner.title}-${owner.fiscalYear}`;
  const [xlsx, docx] = [
    await exportEvaluation(owner.evaluation, 'xlsx', base),
    await exportEvaluation(owner.evaluation, 'docx', base),
  ];
  const files = await db
    .select({ id: evidenceFiles.id, path: evidenceFiles.ownerPath, fileName: evidenceFiles.fileName })
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.ownerKind, 'evaluation'), eq(evidenceFiles.ownerId, owner.id)))
    .orderBy(asc(evidenceFiles.ownerPath), asc(evidenceFiles.uploadedAt), asc(evidenceFiles.id));
  const { Zip, ZipPassThrough } = await import('fflate');
  const out = new PassThrough();
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      out.destroy(error);
      return;
    }
    out.write(chunk);
    if (final) out.end();
  });
  const drained = () =>
    out.writableNeedDrain
      ? new Promise<void>((resolve) => out.once('drain', () => resolve()))
      : Promise.resolve();
  const add = (name: string, bytes: Uint8Array) => {
    const entry = new ZipPassThrough(name);
    entry.mtime = MTIME;
    zip.add(entry);
    entry.push(bytes, true);
  };
  const asBytes = (body: string | Buffer | Uint8Array) =>
    typeof body === 'string' ? Buffer.from(body) : body;
  const root = m('evidence.folder').text.zh;
  const write = async () => {
    add(safeName(xlsx.fileName), asBytes(xlsx.body));
    add(safeName(docx.fileName), asBytes(docx.body));
    const taken = new Set<string>();
    for (const f of files) {
      await drained();
      // One file's bytes at a time; a file deleted since the list was read is left out.
      const [row] = await db
        .select({ bytes: evidenceFiles.bytes })
        .from(evidenceFiles)
        .where(eq(evidenceFiles.id, f.id));
      if (row) add(uniqueName(taken, `${root}/${folderOf(owner.evaluation, f.path)}`, f.fileName), row.bytes);
    }
    zip.end();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return { fileName: `${base}-报送材料.zip`, stream: out };
}

// The entries have no meaningful time: a fixed date keeps the container the same for the same files.
const MTIME = new Date(1980, 0, 1);
