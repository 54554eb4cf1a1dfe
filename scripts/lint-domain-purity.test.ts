import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkDomain,
  checkSource,
  DOMAIN_SRC,
  dependencyRefusals,
  formatViolation,
} from './lint-domain-purity';

// A file at the top of packages/domain/src; each source starts with a comment so the finding is on line 2.
const FILE = join(DOMAIN_SRC, 'example.ts');
const TEST_FILE = join(DOMAIN_SRC, 'model', 'example.test.ts');
const check = (code: string, file = FILE) => checkSource(`// line 1\n${code}\n`, file);

describe('domain purity: refused', () => {
  it.each([
    ["import { readFileSync } from 'fs';", "'fs' (a package)"],
    ["import { readFile } from 'node:fs/promises';", "'node:fs/promises' (a Node built-in)"],
    ["import { cpus } from 'node:os';", "'node:os' (a Node built-in)"],
    ["import { gzipSync } from 'node:zlib';", "'node:zlib' (a Node built-in)"],
    ["import { Worker } from 'node:worker_threads';", "'node:worker_threads' (a Node built-in)"],
    ["import { request } from 'undici';", "'undici' (a package)"],
    ["import leftPad from 'left-pad';", "'left-pad' (a package)"],
    ["import { it } from 'vitest';", "'vitest' (a package)"],
    ["import type { Stats } from 'node:fs';", "'node:fs' (a Node built-in)"],
    ["import { readSheet } from '../../formats/src/index';", 'outside packages/domain/src'],
    ["export * from '../../server/src/index';", 'outside packages/domain/src'],
    ["export { z } from 'zod-extra';", "'zod-extra' (a package)"],
    ["type S = import('node:fs').Stats;", "'node:fs' (a Node built-in)"],
    ["import fs = require('fs');", '`import … = require(…)`'],
    ["const fs = await import('node:fs');", 'dynamic `import()`'],
    ["const fs = require('fs');", 'global `require`'],
    ['const home = process.env.HOME;', 'global `process`'],
    ['const o = { process };', 'global `process`'],
    ["await fetch('https://example.org/');", 'global `fetch`'],
    ["await globalThis.fetch('https://example.org/');", 'global `globalThis`'],
    ["const env = globalThis['process'];", 'global `globalThis`'],
    ['setTimeout(() => {}, 1);', 'global `setTimeout`'],
    ['setInterval(() => {}, 1);', 'global `setInterval`'],
    ['setImmediate(() => {});', 'global `setImmediate`'],
    ['queueMicrotask(() => {});', 'global `queueMicrotask`'],
    ['const x = new XMLHttpRequest();', 'global `XMLHttpRequest`'],
    ["const s = new WebSocket('ws://127.0.0.1/');", 'global `WebSocket`'],
    ["self.fetch('https://example.org/');", 'global `self`'],
    ['const title = document.title;', 'global `document`'],
    ['type Handle = ReturnType<typeof setTimeout>;', 'global `setTimeout`'],
    ['const here = import.meta.url;', '`import.meta`'],
  ])('%s', (code, expected) => {
    const violations = check(code);
    expect(violations).toHaveLength(1);
    const [v] = violations;
    expect(v?.line).toBe(2);
    expect(v?.message).toContain(expected);
    expect(formatViolation(violations[0] ?? { file: '', line: 0, column: 0, message: '' })).toMatch(
      /^packages\/domain\/src\/example\.ts:2:\d+ /,
    );
  });

  it('reports every violation of a file, each at its own line', () => {
    const code = ["import os from 'node:os';", 'const a = 1;', 'setTimeout(() => {}, a);'].join('\n');
    expect(check(code).map((v) => v.line)).toEqual([2, 4]);
  });
});

describe('domain purity: allowed', () => {
  it.each([
    "import { z } from 'zod';",
    "import { z } from 'zod/v4';",
    "import Decimal from 'decimal.js';",
    "import { dec } from './money/decimal';",
    "import { dec } from '../src/money/decimal';",
    "import rules from './rules/builtin/cn-2020.json' with { type: 'json' };",
    "export * from './scoring/index';",
    "export type { Finding } from './checks/types';",
    'const o = { process: 1, fetch: 2, setTimeout: 3 };',
    'declare const job: { process(): void }; job.process();',
    'interface Queue { fetch(): void; setTimeout: number }',
    'class Steps { process() { return 1; } }',
    "const key = { 'globalThis': 1 };",
    '// process.env and fetch() in a comment',
    "const text = 'setTimeout(fetch)';",
  ])('%s', (code) => {
    expect(check(code)).toEqual([]);
  });

  it('lets tests and their helpers use the test runner and fast-check', () => {
    const code = "import { describe } from 'vitest';\nimport fc from 'fast-check';";
    expect(check(code, TEST_FILE)).toEqual([]);
    expect(check(code, join(DOMAIN_SRC, 'testing', 'arbitraries.ts'))).toEqual([]);
    expect(check(code)).toHaveLength(2);
  });
});

describe('domain purity: package.json', () => {
  it('refuses a run-time dependency other than decimal.js and zod', () => {
    const manifest = JSON.stringify({ dependencies: { 'decimal.js': '^10', zod: '^4', undici: '^7' } });
    expect(dependencyRefusals(manifest, join(DOMAIN_SRC, '..', 'package.json')).map(formatViolation)).toEqual(
      [
        "packages/domain/package.json:1:1 depends on 'undici': the domain may depend only on decimal.js and zod",
      ],
    );
  });
});

describe('domain purity: the domain as committed', () => {
  it('has no violation', () => {
    expect(checkDomain().map(formatViolation)).toEqual([]);
  });
});
