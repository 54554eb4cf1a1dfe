import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { assertRuleSet, getRuleSet, type RuleSet } from '@jixiao/domain';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { connectDatabase } from '../../packages/server/src/db/connect';
import { migrateDatabase } from '../../packages/server/src/db/migrate';
import { rescoreEvaluations } from '../../packages/server/src/evaluations/rescore';
import { createServer } from '../../packages/server/src/index';
import { ADMIN_PASSWORD, Client } from '../../packages/server/test/harness';
import { figureLine } from './figures';
import { departmentUpload } from './scale-input';
import { type BenchSection, MemoryPeak, rate, since } from './section';

/**
 * Province scale on PostgreSQL: N project evaluations (default 100,000, 20 indicator rows each) uploaded
 * as 自评表 CSV files, one zip of 1,000 per department, through the synchronous bulk-import route over
 * real HTTP (read, check, score, write and audit-log, all or nothing per upload) into a database the
 * section creates and drops. Then, against the same rows:
 * - a bare COPY: the rows the import wrote to `evaluations` and `audit_log` (its `create` lines), copied
 *   out with COPY … TO STDOUT and back with COPY … FROM STDIN (pg-copy-streams) into the same tables of a
 *   second, freshly migrated database; the ratio is the import's indicator rows/s over COPY's;
 * - the province overview, once nine in ten evaluations are moved past draft (the page's figures,
 *   GET /api/reports/overview, and the workbook, GET /api/reports/overview.xlsx, for the year) and a filtered
 *   list page (one department, one grade, by score, 50 rows), p50 and p99 over repeated requests;
 * - re-scoring every evaluation of the year after a rule-set change (rescoreEvaluations, batches of 1,000).
 *
 * Runs only with JIXIAO_BENCH_DATABASE_URL or TEST_DATABASE_URL (an admin URL of a PostgreSQL server).
 * `npm run bench -- scale --quick` loads 2,000; JIXIAO_SCALE_EVALUATIONS=n any other count.
 */

const PER_DEPARTMENT = 1_000;
const UNITS_PER_DEPARTMENT = 10;
const FISCAL_YEAR = 2024;
const REVIEWER_PASSWORD = 'Reviewer-bench-2026';

function evaluationCount(): number {
  const given = process.env.JIXIAO_SCALE_EVALUATIONS;
  if (given) return Number.parseInt(given, 10);
  return process.env.JIXIAO_BENCH_QUICK ? 2_000 : 100_000;
}

/** A bar on stderr, redrawn in place: the figures go to stdout. */
function progressBar(label: string): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (percent === shown && done !== total) return;
    shown = percent;
    const filled = Math.round(percent / 4);
    process.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(25 - filled)}] ${percent}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`,
    );
    if (done === total) process.stderr.write('\n');
  };
}

/** Nearest-rank percentile of the samples (ms). */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** mof-2020 with its weights moved (execution 10 → 20, indicators 90 → 80, 产出 50 → 40): every score changes. */
function changedRuleSet(): RuleSet {
  const base = getRuleSet('mof-2020');
  return assertRuleSet(
    {
      ...base,
      execution: { ...base.execution, weight: '20' },
      indicatorWeight: '80',
      blocks: base.blocks.map((b) => (b.key === 'output' ? { ...b, weight: '40' } : b)),
    },
    'mof-2020 (weights changed)',
  );
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function ok<T>(reply: Promise<{ status: number; body: unknown }>, what: string): Promise<T> {
  const r = await reply;
  if (r.status < 200 || r.status > 299)
    throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
  // The bench reads only the ids it created; the API's own schemas checked the shape.
  return r.body as T;
}

interface Province {
  departments: { id: string; name: string; units: string[] }[];
}

async function buildProvince(admin: Client, departments: number): Promise<Province> {
  const bureau = await ok<{ id: string }>(
    admin.post('/api/organisations', { kind: 'financeBureau', name: '某省财政厅', code: 'P00' }),
    'bureau',
  );
  const made: Province['departments'] = [];
  for (let d = 0; d < departments; d++) {
    const name = `省直部门${d}`;
    const dept = await ok<{ id: string }>(
      admin.post('/api/organisations', { kind: 'department', parentId: bureau.id, name, code: `D${d}` }),
      'department',
    );
    const units: string[] = [];
    for (let u = 0; u < UNITS_PER_DEPARTMENT; u++) {
      const unit = `${name}所属单位${u}`;
      await ok(
        admin.post('/api/organisations', { kind: 'unit', parentId: dept.id, name: unit, code: `D${d}U${u}` }),
        'unit',
      );
      units.push(unit);
    }
    made.push({ id: dept.id, name, units });
  }
  await ok(
    admin.post('/api/users', {
      username: 'province-reviewer',
      displayName: '省财政厅审核人',
      password: REVIEWER_PASSWORD,
      roles: [{ role: 'financeReviewer', organisationId: bureau.id }],
    }),
    'reviewer',
  );
  return { departments: made };
}

/** Every column of a table, in order, as COPY lists them. */
async function columnsOf(client: pg.Client, table: string): Promise<string> {
  const r = await client.query<{ column_name: string }>(
    'select column_name from information_schema.columns where table_schema = $1 and table_name = $2 order by ordinal_position',
    ['public', table],
  );
  return r.rows.map((c) => `"${c.column_name}"`).join(', ');
}

const COPIED = [
  { table: 'organisations', where: 'true', timed: false },
  { table: 'users', where: 'true', timed: false },
  { table: 'evaluations', where: 'true', timed: true },
  { table: 'audit_log', where: "entity = 'evaluation' and action = 'create'", timed: true },
] as const;

/**
 * The COPY baseline: the rows the import wrote, out to files (not timed), then into a second migrated
 * database's same tables with COPY FROM STDIN (timed: evaluations and their audit lines).
 */
async function copyBaseline(
  fromUrl: string,
  toUrl: string,
  folder: string,
): Promise<{ ms: number; bytes: number }> {
  const source = new pg.Client({ connectionString: fromUrl });
  const target = new pg.Client({ connectionString: toUrl });
  await source.connect();
  await target.connect();
  try {
    let ms = 0;
    let bytes = 0;
    for (const { table, where, timed } of COPIED) {
      const columns = await columnsOf(source, table);
      const file = join(folder, `${table}.copy`);
      await pipeline(
        source.query(copyTo(`copy (select ${columns} from ${table} where ${where}) to stdout`)),
        createWriteStream(file),
      );
      const start = performance.now();
      await pipeline(createReadStream(file), target.query(copyFrom(`copy ${table} (${columns}) from stdin`)));
      if (timed) {
        ms += since(start);
        bytes += statSync(file).size;
      }
      rmSync(file);
    }
    return { ms, bytes };
  } finally {
    await source.end();
    await target.end();
  }
}

const PHASES = ['readMs', 'checkMs', 'scoreMs', 'writeMs'] as const;
type Phase = (typeof PHASES)[number];

/** The phase times the bulk import logs ("bulk import: transaction open" / "committed"), summed. */
class ImportPhases {
  readonly total: Record<Phase, number> = { readMs: 0, checkMs: 0, scoreMs: 0, writeMs: 0 };
  add(line: string): void {
    if (!line.includes('"bulk import: ')) return;
    const entry: unknown = JSON.parse(line);
    if (typeof entry !== 'object' || entry === null) return;
    for (const key of PHASES) {
      const ms = key in entry ? Reflect.get(entry, key) : undefined;
      if (typeof ms === 'number') this.total[key] += ms;
    }
  }
  describe(key: Phase): string {
    return `${(this.total[key] / 1000).toFixed(1)} s`;
  }
}

/** CPU ms of this process (the server runs in it: the import's routes and the re-scoring) since `from`. */
function cpuMsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

async function timedGets(client: Client, paths: readonly string[]): Promise<number[]> {
  const samples: number[] = [];
  for (const path of paths) {
    const start = performance.now();
    const r = await client.get(path);
    samples.push(since(start));
    if (r.status !== 200) throw new Error(`GET ${path}: HTTP ${r.status}`);
  }
  return samples;
}

export const bench: BenchSection = {
  name: 'scale',
  title: `省级规模（PostgreSQL）：${evaluationCount().toLocaleString('en-US')} 份自评表批量导入、COPY 对照、总览、筛选列表、改规则后重新评分`,
  async run(out) {
    const adminUrl = process.env.JIXIAO_BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
    if (!adminUrl) {
      out('skipped: set JIXIAO_BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL admin URL');
      return;
    }
    const n = evaluationCount();
    const departments = Math.max(1, Math.ceil(n / PER_DEPARTMENT));
    const name = `jixiao_scale_${randomBytes(6).toString('hex')}`;
    const copyName = `${name}_copy`;
    const folder = mkdtempSync(join(tmpdir(), 'jixiao-scale-'));
    const memory = new MemoryPeak();
    await adminQuery(adminUrl, `create database ${name}`);
    await adminQuery(adminUrl, `create database ${copyName}`);
    const url = databaseUrl(adminUrl, name);
    let created: Awaited<ReturnType<typeof createServer>> | undefined;
    const phases = new ImportPhases();
    try {
      created = await createServer({
        databaseUrl: url,
        demo: false,
        adminPassword: ADMIN_PASSWORD,
        webRoot: false,
        // Only the bulk import's own lines are kept: the time of each of its phases.
        logger: { level: 'info', stream: { write: (line: string) => phases.add(line) } },
      });
      const base = await created.app.listen({ host: '127.0.0.1', port: 0 });
      const admin = new Client(base);
      await admin.login('admin', ADMIN_PASSWORD);
      let start = performance.now();
      const province = await buildProvince(admin, departments);
      out(
        `province: 1 bureau, ${departments} departments, ${departments * UNITS_PER_DEPARTMENT} units (${since(start).toFixed(0)} ms over HTTP)`,
      );
      const reviewer = new Client(base);
      await reviewer.login('province-reviewer', REVIEWER_PASSWORD);

      // Import: each department's zip generated (not timed), then uploaded and committed (timed).
      let importMs = 0;
      let importCpuMs = 0;
      let rows = 0;
      let zipBytes = 0;
      const bar = progressBar('import ');
      bar(0, n);
      for (let d = 0; d < departments; d++) {
        const dept = province.departments[d];
        if (!dept) break;
        const from = d * PER_DEPARTMENT;
        const upload = await departmentUpload(
          from,
          Math.min(PER_DEPARTMENT, n - from),
          dept.name,
          dept.units,
        );
        const form = new FormData();
        form.append('file', new Blob([upload.zip]), `${dept.name}.zip`);
        start = performance.now();
        const cpu = process.cpuUsage();
        const summary = await ok<{ evaluations: number }>(
          reviewer.post(`/api/organisations/${dept.id}/imports`, form),
          `import ${dept.name}`,
        );
        importMs += since(start);
        importCpuMs += cpuMsSince(cpu);
        if (summary.evaluations !== upload.evaluations)
          throw new Error(`import ${dept.name}: ${summary.evaluations} of ${upload.evaluations} evaluations`);
        rows += upload.indicatorRows;
        zipBytes += upload.zip.byteLength;
        memory.sample();
        bar(from + upload.evaluations, n);
      }
      const importRate = rate(rows, importMs);
      out(
        `import: ${n.toLocaleString('en-US')} evaluations, ${rows.toLocaleString('en-US')} indicator rows in ${departments} uploads (${(zipBytes / 1024 / 1024).toFixed(1)} MB of zipped CSV): ${(importMs / 1000).toFixed(1)} s, ${(importCpuMs / 1000).toFixed(1)} CPU s in this process`,
      );
      out(
        figureLine(
          'scale.importRowsPerSecond',
          importRate,
          'indicator rows of the imported sheets per second',
        ),
      );

      out(
        `import phases (server log, summed over the uploads): read ${phases.describe('readMs')}, check ${phases.describe('checkMs')}, score ${phases.describe('scoreMs')}, write ${phases.describe('writeMs')} — the write alone: ${rate(rows, phases.total.writeMs).toLocaleString('en-US')} indicator rows/s`,
      );
      const copyUrl = databaseUrl(adminUrl, copyName);
      const copyDatabase = await connectDatabase({ databaseUrl: copyUrl });
      try {
        await migrateDatabase(copyDatabase, copyUrl);
      } finally {
        await copyDatabase.close();
      }
      const copy = await copyBaseline(url, copyUrl, folder);
      const copyRate = rate(rows, copy.ms);
      out(
        `COPY baseline (pg-copy-streams, COPY FROM STDIN of the same evaluations rows and their audit lines, ${(copy.bytes / 1024 / 1024).toFixed(1)} MB): ${(copy.ms / 1000).toFixed(1)} s, ${copyRate.toLocaleString('en-US')} indicator rows/s`,
      );
      out(figureLine('scale.copyRatio', importRate / copyRate, "import rows/s ÷ COPY's (target ≥ 0.3)"));
      out(
        figureLine(
          'scale.writeCopyRatio',
          rate(rows, phases.total.writeMs) / copyRate,
          "the import's write phase alone (insert + audit in its transaction) ÷ COPY",
        ),
      );

      // A province near the deadline: the import writes drafts, and the overview counts only submitted and
      // later ones (domain countsInStatistics), so nine in ten are moved on (submitted, signed, approved)
      // and one in ten stays a draft, spread over every unit by a hash of the id.
      await created.database.db.execute(sql`
        update evaluations set status = case abs(hashtext(id::text)) % 10
          when 0 then 'draft' when 1 then 'submitted' when 2 then 'submitted' when 3 then 'signed'
          else 'approved' end
        where fiscal_year = ${FISCAL_YEAR}`);
      await created.database.db.execute(sql`analyze evaluations`);

      const overviewRuns = n >= 5_000 ? 5 : 20;
      const page = await timedGets(
        admin,
        Array.from({ length: overviewRuns * 2 }, () => `/api/reports/overview?fiscalYear=${FISCAL_YEAR}`),
      );
      out(
        `province overview page (GET /api/reports/overview: figures, ranked rows and department choices), ${overviewRuns * 2} requests: p50 ${percentile(page, 50).toFixed(0)} ms`,
      );
      out(figureLine('scale.overviewPageP99Ms', Math.round(percentile(page, 99)), 'target < 500'));
      const overview = await timedGets(
        admin,
        Array.from({ length: overviewRuns }, () => `/api/reports/overview.xlsx?fiscalYear=${FISCAL_YEAR}`),
      );
      out(
        `province overview workbook (GET /api/reports/overview.xlsx, the counted nine in ten of ${n.toLocaleString('en-US')} evaluations), ${overviewRuns} requests: p50 ${percentile(overview, 50).toFixed(0)} ms`,
      );
      out(figureLine('scale.overviewP99Ms', Math.round(percentile(overview, 99)), 'target < 500'));

      const grades = ['excellent', 'good', 'fair', 'poor'];
      const listPaths = Array.from({ length: 100 }, (_, i) => {
        const dept = province.departments[i % province.departments.length];
        return `/api/evaluations?fiscalYear=${FISCAL_YEAR}&organisationId=${dept?.id}&grade=${grades[i % 4]}&sort=totalScore&order=desc&pageSize=50`;
      });
      const list = await timedGets(admin, listPaths);
      out(
        `filtered list page (one department, one grade, by score, 50 rows), 100 requests: p50 ${percentile(list, 50).toFixed(0)} ms`,
      );
      out(figureLine('scale.listP99Ms', Math.round(percentile(list, 99))));

      const changed = changedRuleSet();
      const rescoreBar = progressBar('rescore');
      start = performance.now();
      const rescoreCpu = process.cpuUsage();
      const summary = await rescoreEvaluations(created.database.db, {
        fiscalYear: FISCAL_YEAR,
        userId: null,
        ruleSetFor: (id) => (id === 'mof-2020' ? changed : getRuleSet(id)),
        onProgress: (p) => rescoreBar(p.done, p.total),
      });
      const rescoreMs = since(start);
      const rescoreCpuMs = cpuMsSince(rescoreCpu);
      out(
        `re-score after a rule-set change: ${summary.done.toLocaleString('en-US')} evaluations in ${summary.batches} batches, ${summary.changed.toLocaleString('en-US')} changed (each audit-logged): ${rate(summary.done, rescoreMs).toLocaleString('en-US')}/s, ${(rescoreCpuMs / 1000).toFixed(1)} CPU s in this process (${rate(summary.done, rescoreCpuMs).toLocaleString('en-US')} per CPU second)`,
      );
      out(
        figureLine('scale.rescoreSeconds', Number((rescoreMs / 1000).toFixed(1)), 'target < 60 for 100,000'),
      );
      out(
        figureLine(
          'scale.rescoreCpuSeconds',
          Number((rescoreCpuMs / 1000).toFixed(1)),
          'CPU of this process (the machine is shared); the database server is not counted',
        ),
      );
      out(memory.describe());
    } finally {
      await created?.app.close();
      rmSync(folder, { recursive: true, force: true });
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
      await adminQuery(adminUrl, `drop database if exists ${copyName} with (force)`);
    }
  },
};
