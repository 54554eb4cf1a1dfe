import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { isJixiaoError } from '@jixiao/domain';
import { type AuditReport, auditFile, auditText, listReports } from '@jixiao/formats';
import { ExpectationError, parseCorpusDocument } from './expectations';
import { indexFacts } from './index-table';
import { measureReport, type ReportMeasure } from './measure';

/** A report without an expectation block: what the audit found, nothing to measure it against. */
export interface PlainEntry {
  file: string;
  report: AuditReport;
}

export interface CorpusRun {
  measured: ReportMeasure[];
  plain: PlainEntry[];
  failures: Array<{ file: string; message: string }>;
}

/** Files that describe a corpus folder rather than being a report of it. */
const NOT_REPORTS = /^(index|readme)\.md$/i;

/**
 * Audits every report under `dir` with the same audit as `jixiao check`: a Markdown file with an
 * expectation block is audited on its report text and measured against the block (and against the facts
 * of an INDEX.md beside it); any other report file is audited as a whole and listed.
 */
export async function runCorpus(dir: string): Promise<CorpusRun> {
  const run: CorpusRun = { measured: [], plain: [], failures: [] };
  const indexes = new Map<string, ReturnType<typeof indexFacts>>();
  for (const path of await listReports(dir)) {
    const file = relative(dir, path);
    if (NOT_REPORTS.test(basename(path))) continue;
    try {
      const doc = ['.md', '.txt'].includes(extname(path).toLowerCase())
        ? parseCorpusDocument(await readFile(path, 'utf8'))
        : undefined;
      if (!doc) {
        run.plain.push({ file, report: await auditFile(path) });
        continue;
      }
      const report = auditText(doc.reportText, { file, format: 'txt' });
      const index = await folderIndex(dirname(path), indexes);
      run.measured.push(measureReport(file, report, doc.expectation, index.get(basename(path))));
    } catch (e) {
      if (!(e instanceof ExpectationError) && !isJixiaoError(e)) throw e;
      run.failures.push({ file, message: e instanceof ExpectationError ? e.detail : e.message });
    }
  }
  return run;
}

async function folderIndex(
  folder: string,
  cache: Map<string, ReturnType<typeof indexFacts>>,
): Promise<ReturnType<typeof indexFacts>> {
  const known = cache.get(folder);
  if (known) return known;
  // Without an INDEX.md beside the reports, only the expectation blocks state facts.
  const index = join(folder, 'INDEX.md');
  const facts = existsSync(index) ? indexFacts(await readFile(index, 'utf8')) : new Map();
  cache.set(folder, facts);
  return facts;
}
