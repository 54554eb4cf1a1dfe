import { getRuleSet, parseEvaluation, scoreEvaluation } from '@jixiao/domain';
import { readEvaluationBytes } from '@jixiao/formats';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { syntheticEvaluation } from './engine';
import { departmentUpload, selfEvaluationCsv } from './scale-input';

describe('the scale bench input', () => {
  it('is a 自评表 the sheet reader reads back to the same evaluation and score', async () => {
    const ruleSet = getRuleSet('mof-2020');
    for (const k of [0, 7, 42]) {
      const input = { ...syntheticEvaluation(k), unit: { name: '某单位' } };
      const csv = new TextEncoder().encode(selfEvaluationCsv(input, '某部门'));
      const read = await readEvaluationBytes(csv, `k${k}.csv`);
      const expected = parseEvaluation(input);
      expect(read.unit).toEqual({ name: '某单位', department: '某部门' });
      expect(read.project?.name).toBe(`项目${k}`);
      expect(read.funds.total).toEqual(expected.funds.total);
      expect(read.indicators).toHaveLength(20);
      expect(scoreEvaluation(read, ruleSet).totalScore.toString()).toBe(
        scoreEvaluation(expected, ruleSet).totalScore.toString(),
      );
    }
  });

  it("zips a department's files, counting 20 indicator rows per evaluation and sharing the units", async () => {
    const upload = await departmentUpload(10, 6, '某部门', ['甲', '乙', '丙']);
    expect(upload.evaluations).toBe(6);
    expect(upload.indicatorRows).toBe(120);
    const zip = await JSZip.loadAsync(upload.zip);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual([10, 11, 12, 13, 14, 15].map((k) => `自评表${k}.csv`).sort());
    const entry = zip.file('自评表10.csv');
    if (!entry) throw new Error('no 自评表10.csv in the zip');
    const first = await readEvaluationBytes(await entry.async('uint8array'), 'a.csv');
    // Evaluation 10 belongs to unit 10 mod 3 = 1.
    expect(first.unit.name).toBe('乙');
  });
});
