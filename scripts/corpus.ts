import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isJixiaoError, type Lang } from '@jixiao/domain';
import { auditReportJson } from '@jixiao/formats';
import { totalsOf } from './corpus/measure';
import { t } from './corpus/messages';
import { renderRun } from './corpus/print';
import { CORPUS_FORMATS, type CorpusFormat, type CorpusRun, runCorpus } from './corpus/run';

// `npm run corpus [-- DIR] [--lang en] [--out FILE] [--formats txt,docx,pdf]`: measures the audit over a
// folder of real reports (recall, precision, facts extracted), each text as .txt, .docx and PDF, and writes
// them as JSON to artifacts/corpus.json (or FILE). It measures and never judges: 0 whatever the figures;
// 2 only when DIR cannot be read.

/** `--lang en`, `--out FILE` (default artifacts/corpus.json), `--formats LIST`; the first other argument is DIR. */
function parseArgs(argv: readonly string[]): {
  dir?: string;
  lang: Lang;
  out: string;
  formats: CorpusFormat[];
} {
  const flags = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--lang' || a === '--out' || a === '--formats') flags.set(a, argv[++i] ?? '');
    else rest.push(a);
  }
  const dir = rest[0];
  const asked = (flags.get('--formats') ?? '').split(',').map((f) => f.trim().replace(/^\./, ''));
  const formats = CORPUS_FORMATS.filter((f) => asked.includes(f));
  return {
    ...(dir === undefined ? {} : { dir }),
    lang: flags.get('--lang') === 'en' ? 'en' : 'zh',
    out: flags.get('--out') || join(import.meta.dirname, '..', 'artifacts', 'corpus.json'),
    formats: formats.length > 0 ? formats : [...CORPUS_FORMATS],
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const { dir, lang, out, formats } = parseArgs(argv);
  if (dir === undefined) {
    console.log(`${t('zh', 'usage')}\n\n${t('en', 'usage')}`);
    return 0;
  }
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) {
    console.error(t(lang, 'noDir', { dir }));
    return 2;
  }
  let run: CorpusRun;
  try {
    run = await runCorpus(dir, { formats });
  } catch (e) {
    if (!isJixiaoError(e) || e.code !== 'UNREADABLE_FILE') throw e;
    console.error(t(lang, 'noDir', { dir }));
    return 2;
  }
  const totals = totalsOf(run.measured);
  process.stdout.write(renderRun(run, totals, dir, lang));
  await mkdir(dirname(out), { recursive: true });
  const json = {
    dir,
    totals,
    reports: run.measured,
    byFormat: Object.fromEntries(
      CORPUS_FORMATS.flatMap((f) => {
        const measures = run.byFormat[f];
        return measures ? [[f, { totals: totalsOf(measures), reports: measures }]] : [];
      }),
    ),
    skipped: run.skipped,
    plain: run.plain.map((p) => ({ ...auditReportJson(p.report, lang), file: p.file })),
    failures: run.failures,
  };
  await writeFile(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(t(lang, 'written', { path: out }));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
