import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zip } from '../../../formats/src/file/hostile-zip';
import { SEEDS_FOLDER } from '../demo/demo-data';
import { joinReadings, type Reading, readUploads } from './read-uploads';

const seed = (n: number) => new Uint8Array(readFileSync(join(SEEDS_FOLDER, `seed-00${n}.json`)));

/** A department's zip of five seeds and one broken file, beside a loose seed and a zip without sheets. */
function upload() {
  const entries = [0, 1, 2, 3, 4].map((n) => ({
    name: `自评表${n}.json`,
    method: 0 as const,
    data: seed(n),
  }));
  const broken = new TextEncoder().encode('{ "kind": ');
  return [
    {
      name: '部门.zip',
      bytes: zip([
        ...entries.map((e) => ({ ...e, declaredSize: e.data.length })),
        { name: '坏的.json', method: 0, data: broken, declaredSize: broken.length },
      ]),
    },
    { name: '单独.json', bytes: seed(0) },
    {
      name: '空的.zip',
      bytes: zip([{ name: '说明.txt', method: 0, data: broken, declaredSize: broken.length }]),
    },
  ];
}

/** A reading without its timing, which differs from run to run. */
const figures = ({ scoreMs: _ms, ...rest }: Reading) => rest;

describe('reading an upload in parts (one per heavy-pool thread)', () => {
  it('joins the parts into exactly the reading of the whole, in upload order, with each problem once', async () => {
    const whole = await readUploads(upload());
    // 7 sheets in all: the zip's 5 seeds (000–004) and its broken file, then the loose seed (000 again).
    expect(whole.evaluations.map((e) => e.file)).toEqual([
      ...[0, 1, 2, 3, 4].map((n) => `部门.zip/自评表${n}.json`),
      '单独.json',
    ]);
    // The empty zip (reported while opening it) and the broken file.
    expect(whole.issues.map((i) => i.location?.file)).toEqual(['空的.zip', '部门.zip/坏的.json']);
    for (const of of [2, 3, 7, 9]) {
      const parts = await Promise.all(
        Array.from({ length: of }, (_, index) => readUploads(upload(), { index, of })),
      );
      expect(figures(joinReadings(parts))).toEqual(figures(whole));
    }
  });

  it('gives each part a contiguous share of the files: 7 files in 2 parts are 3 and 4', async () => {
    // floor(7 × 1 / 2) = 3: the first part reads files 0–2, the second 3–6.
    const first = await readUploads(upload(), { index: 0, of: 2 });
    const second = await readUploads(upload(), { index: 1, of: 2 });
    expect(first.evaluations.map((e) => e.file)).toEqual([0, 1, 2].map((n) => `部门.zip/自评表${n}.json`));
    expect(second.evaluations.map((e) => e.file)).toEqual([
      '部门.zip/自评表3.json',
      '部门.zip/自评表4.json',
      '单独.json',
    ]);
    expect(first.issues.map((i) => i.location?.file)).toEqual(['空的.zip']);
    expect(second.issues.map((i) => i.location?.file)).toEqual(['部门.zip/坏的.json']);
  });
});
