import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWorkbook,
  chizhouProjectSheet,
  type FixtureSheet,
} from '../../formats/src/sheet-reader/sheet-fixtures';
import { runCli } from './test-support';

/**
 * Issue 9: the official wording of 年度指标值 reads the same whoever reads it. The 池州 fixture sheet with
 * its indicator rows rewritten in the phrasings the three old parsers disagreed on.
 */

/** Sheet row (1-based, as Excel shows it) → 三级指标, 年度指标值, 实际完成值. */
const WORDED_ROWS: ReadonlyArray<readonly [number, string, string, string]> = [
  [13, '办结时限', '3天以内', '2天'],
  [14, '验收合格率', '不小于95%', '96%'],
  [15, '培训场次', '50个以上', '52个'],
  [16, '覆盖率', '≧100%', '100%'],
  [18, '发放率', '═100%', '100%'],
];

function wordedSheet(): FixtureSheet {
  const rows = chizhouProjectSheet.rows.map((r) => [...r]);
  for (const [row, name, target, actual] of WORDED_ROWS) {
    const cells = rows[row - 1];
    if (!cells) throw new Error(`fixture has no row ${row}`);
    cells[3] = name;
    cells[4] = target;
    cells[5] = actual;
  }
  return { ...chizhouProjectSheet, rows };
}

let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-wording-'));
  writeFileSync(join(dir, 'worded.xlsx'), await buildWorkbook([wordedSheet()]));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('jixiao convert reads official target wording with the one reader', () => {
  it('gives ≤ 3 天, ≥ 95 %, ≥ 50 个, ≥ 100 %, = 100 % and keeps each text as written', () => {
    const out = join(dir, 'worded.json');
    const run = runCli(['convert', join(dir, 'worded.xlsx'), '--to', 'json', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/错误|error/i);
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      indicators: {
        name: string;
        target?: { comparator: string; value?: string; unit?: string; text?: string };
      }[];
    };
    const byName = new Map(json.indicators.map((i) => [i.name, i.target]));
    expect(WORDED_ROWS.map(([, name]) => byName.get(name))).toEqual([
      { comparator: '<=', value: '3', unit: '天', text: '3天以内' },
      { comparator: '>=', value: '95', unit: '%', text: '不小于95%' },
      { comparator: '>=', value: '50', unit: '个', text: '50个以上' },
      { comparator: '>=', value: '100', unit: '%', text: '≧100%' },
      { comparator: '=', value: '100', unit: '%', text: '═100%' },
    ]);
  });
});
