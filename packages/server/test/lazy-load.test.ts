import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SERVER_INDEX = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '../src/index.ts')).href;

/** Libraries a request may need (documents, workbooks, zips, PDFs) but a start must not load. */
const LOADED_ON_FIRST_USE = ['exceljs', 'docx', 'jszip', 'pdfjs-dist', 'fast-xml-parser'];
/** Fastify's JSON Schema compilers: every schema here is zod, so a start must not load them either (app.ts). */
const NEVER_USED = ['ajv', '@fastify/ajv-compiler'];

/**
 * A module loader hook (node:module register) that appends the URL of every module node loads to a file:
 * the one honest record of what a start loaded, whichever way the import was written.
 */
const HOOKS = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.JIXIAO_LOADED_LOG, url + '\\n');
  return next(url, context);
}`;
const REGISTER = `import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`;

/** The server's start (createServer on a new PGlite) in a child process; prints nothing, writes the log. */
const START = `
const { createServer } = await import(${JSON.stringify(SERVER_INDEX)});
const { PGlite } = await import('@electric-sql/pglite');
const server = await createServer({ pglite: await PGlite.create(), demo: false, webRoot: false, adminPassword: 'Admin-test-2026' });
await server.app.ready();
await server.app.close();
await server.database.close();
// CommonJS modules required from CommonJS (Fastify's own) pass no ESM hook: they are in require.cache.
const { createRequire } = await import('node:module');
const { appendFileSync } = await import('node:fs');
appendFileSync(process.env.JIXIAO_LOADED_LOG, Object.keys(createRequire(import.meta.url).cache).join('\\n') + '\\n');
`;

/** npm package names in a list of module URLs (…/node_modules/@scope/name/… or …/node_modules/name/…). */
function packagesIn(urls: string[]): Set<string> {
  const names = new Set<string>();
  for (const url of urls) {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (match?.[1]) names.add(match[1]);
  }
  return names;
}

describe('the server start loads only what it needs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-lazy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has loaded none of the document, workbook, zip and PDF libraries nor Ajv once the app is ready', async () => {
    const log = join(dir, 'loaded.txt');
    await run(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        `data:text/javascript,${encodeURIComponent(REGISTER)}`,
        '--input-type=module',
        '-e',
        START,
      ],
      { cwd: dirname(fileURLToPath(import.meta.url)), env: { ...process.env, JIXIAO_LOADED_LOG: log } },
    );
    const loaded = packagesIn(readFileSync(log, 'utf8').split('\n'));
    // The record is real: the start's own libraries are in it.
    expect(loaded).toContain('fastify');
    expect(loaded).toContain('@electric-sql/pglite');
    // Fastify's own CommonJS dependencies are recorded too (from require.cache).
    expect(loaded).toContain('avvio');
    for (const name of [...LOADED_ON_FIRST_USE, ...NEVER_USED]) expect(loaded, name).not.toContain(name);
  }, 120_000);

  it('records a library that is imported (the check above can fail)', async () => {
    // The same hook on a child that imports ExcelJS: a library that is loaded shows in the record.
    const log = join(dir, 'loaded-overview.txt');
    const use = `const { default: ExcelJS } = await import('exceljs'); new ExcelJS.Workbook();`;
    await run(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, '--input-type=module', '-e', use],
      { cwd: dirname(fileURLToPath(import.meta.url)), env: { ...process.env, JIXIAO_LOADED_LOG: log } },
    );
    expect(packagesIn(readFileSync(log, 'utf8').split('\n'))).toContain('exceljs');
  }, 60_000);
});
