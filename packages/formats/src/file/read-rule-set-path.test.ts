import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JixiaoError } from '@jixiao/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { readRuleSetPath } from './read-rule-set-path';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-ruleset-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readRuleSetPath', () => {
  it('reads the built-in rule set from disk', async () => {
    const builtin = new URL('../../../domain/src/rules/builtin/mof-2020.json', import.meta.url);
    expect((await readRuleSetPath(builtin.pathname)).id).toBe('mof-2020');
  });

  it('says a missing file is missing, and names it', async () => {
    const err = await readRuleSetPath(join(dir, 'none.yaml')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JixiaoError);
    expect(err instanceof JixiaoError && [err.code, err.issues[0]?.location?.file]).toEqual([
      'NOT_FOUND',
      join(dir, 'none.yaml'),
    ]);
  });

  it('refuses a file over 1 MB before parsing it', async () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(1024 * 1024)}\n`);
    const err = await readRuleSetPath(big).catch((e: unknown) => e);
    expect(err instanceof JixiaoError && err.message).toContain('过大');
  });
});
