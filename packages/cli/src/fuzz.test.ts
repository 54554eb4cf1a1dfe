import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, runInProcess, STACK_LINE } from './test-support';

/**
 * Whatever bytes a file holds, jixiao answers with exit 0 (it was a usable evaluation) or 2 (it was not,
 * with a Chinese message) — never 1 (a defect) and never a stack trace. The bulk runs in-process through
 * `main`; a few runs spawn the real bin.
 */

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-fuzz-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const EXTENSIONS = ['.json', '.xlsx', '.csv', '.txt', ''] as const;
const seedText = readFileSync(join(REPO_ROOT, 'examples/seeds/seed-004.json'), 'utf8');

/** The seed JSON with a slice cut out and some garbage put in its place. */
const garbledJson = fc
  .tuple(fc.nat(seedText.length), fc.nat(200), fc.string({ maxLength: 20 }))
  .map(([at, cut, insert]) => seedText.slice(0, at) + insert + seedText.slice(at + cut));

let counter = 0;
function writeTemp(content: Uint8Array | string, ext: string): string {
  counter += 1;
  const file = join(dir, `input-${counter}${ext}`);
  writeFileSync(file, content);
  return file;
}

function expectHandled(run: { code: number; stderr: string }) {
  expect([0, 2]).toContain(run.code);
  expect(run.stderr).not.toMatch(STACK_LINE);
  if (run.code === 2) expect(run.stderr).toMatch(/[\u4e00-\u9fff]/);
}

describe('jixiao on arbitrary files', () => {
  it('exits 2 with a Chinese message for random bytes, never 1, never a stack (in-process)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom(...EXTENSIONS),
        async (bytes, ext) => {
          const run = await runInProcess(['check', writeTemp(bytes, ext), '--json']);
          expectHandled(run);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers garbled evaluation JSON with 0 or 2, never 1, never a stack (in-process)', async () => {
    await fc.assert(
      fc.asyncProperty(garbledJson, async (text) => {
        const run = await runInProcess(['score', writeTemp(text, '.json'), '--json']);
        expectHandled(run);
      }),
      { numRuns: 150 },
    );
  });

  it('answers a rule set file of random text with 2, never 1, never a stack (in-process)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300 }),
        fc.constantFrom('.yaml', '.json'),
        async (text, ext) => {
          const run = await runInProcess(['rules', 'show', writeTemp(text, ext)]);
          expect(run.code).toBe(2);
          expect(run.stderr).not.toMatch(STACK_LINE);
          expect(run.stderr).toMatch(/[\u4e00-\u9fff]/);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('behaves the same through the real bin (a few spawned runs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 512 }), garbledJson, (bytes, text) => {
        expectHandled(runCli(['score', writeTemp(bytes, '.json')]));
        expectHandled(runCli(['check', writeTemp(text, '.json')]));
      }),
      { numRuns: 4 },
    );
  });
});
