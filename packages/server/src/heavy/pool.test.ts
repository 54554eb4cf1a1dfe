import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJixiaoError } from '@jixiao/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { zerosDeflated, zip } from '../../../formats/src/file/hostile-zip';
import { SEEDS_FOLDER } from '../demo/demo-data';
import { HeavyPool } from './pool';

const pool = new HeavyPool({ concurrency: 2, maxQueue: 4 });
afterAll(() => pool.close());

const seed = () => new Uint8Array(readFileSync(join(SEEDS_FOLDER, 'seed-001.json')));

describe('parses on the heavy pool’s worker threads', () => {
  it('reads an evaluation file on a thread and hands back the plain evaluation', async () => {
    const evaluation = await pool.task('readEvaluation', { name: 'seed.json', bytes: seed() });
    const expected = JSON.parse(readFileSync(join(SEEDS_FOLDER, 'seed-001.json'), 'utf8'));
    expect(evaluation.unit.name).toBe(expected.unit.name);
    expect(evaluation.fiscalYear).toBe(expected.fiscalYear);
  });

  it('a reader’s refusal crosses back as the same JixiaoError: code, Chinese message and issues', async () => {
    const error = await pool
      .task('readEvaluation', { name: 'old.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]) })
      .catch((e: unknown) => e);
    expect(isJixiaoError(error)).toBe(true);
    if (!isJixiaoError(error)) return;
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toContain('old.xls');
    expect(error.issues[0]?.location?.file).toBe('old.xls');
  });

  it('a bulk import’s files are read and scored on a thread; a zip bomb among them is a listed problem', async () => {
    const bomb = zip([
      { name: 'xl/worksheets/sheet1.xml', method: 8, data: await zerosDeflated(120), declaredSize: 1000 },
    ]);
    const reading = await pool.task('readUploads', [
      { name: 'a.json', bytes: seed() },
      { name: 'bomb.xlsx', bytes: bomb },
    ]);
    expect(reading.evaluations.map((e) => e.file)).toEqual(['a.json']);
    expect(reading.evaluations[0]?.columns.fiscalYear).toBe(reading.evaluations[0]?.evaluation.fiscalYear);
    expect(reading.issues.map((i) => i.location?.file)).toEqual(['bomb.xlsx']);
    expect(reading.issues[0]?.message.text.zh).toContain('100 MB');
  });

  it('more tasks than threads wait for a free one; each gets its own answer', async () => {
    const names = ['1.json', '2.json', '3.json', '4.json'];
    const read = await Promise.all(names.map((name) => pool.task('readEvaluation', { name, bytes: seed() })));
    expect(read).toHaveLength(4);
    expect(pool.stats()).toMatchObject({ running: 0, queued: 0, peakRunning: 2 });
  });
});
