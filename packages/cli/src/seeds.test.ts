import { describe, expect, it } from 'vitest';
import { runCli } from './test-support';

/**
 * The five seed reports, encoded in examples/seeds, run through the real `jixiao` bin. Every expected
 * figure below is worked out by hand from the seed text (arithmetic in the comments), not copied from
 * the program's output.
 */

interface JsonFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  location: { path: string; label: string };
  expected?: string;
  actual?: string;
  numbers?: Record<string, string>;
}

function checkJson(seed: string): JsonFinding[] {
  const run = runCli(['check', `examples/seeds/${seed}.json`, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

const at = (findings: JsonFinding[], code: string, path: string) =>
  findings.filter((f) => f.code === code && f.location.path === path);

describe('seed 004 (璧山区科学技术局 2022, chongqing-unit-wide)', () => {
  it('scores 94.24, 优: execution 1209.56 ÷ 2851.19 = 42.42% → 4.24 of 10, plus 90 indicator points', () => {
    const run = runCli(['score', 'examples/seeds/seed-004.json', '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    // 1209.56 ÷ 2851.19 = 0.424230… → 42.42% (2 places, half up); 42.42% × 10 = 4.242 → 4.24
    expect(out.executionRate).toBe('42.42');
    expect(out.executionScore).toBe('4.24');
    // manual scores 15 + 15 + 10 + 10 + 10 + 10 + 10 + 5 + 5 = 90; 4.24 + 90 = 94.24 ≥ 90 → 优
    expect(out.totalScore).toBe('94.24');
    expect(out.grade).toBe('优');
    const indicators = out.indicators as {
      name: string;
      weight: string;
      score: string;
      explanation: string;
    }[];
    expect(indicators).toHaveLength(9);
    expect(indicators.map((i) => i.weight)).toEqual(['15', '15', '10', '10', '10', '10', '10', '5', '5']);
    for (const i of indicators) expect(i.explanation.length).toBeGreaterThan(0);
    expect(indicators.find((i) => i.name === '企业满意度')?.score).toBe('5.00');
  });

  it('prints a readable Chinese table with the execution, each indicator, the total and the grade', () => {
    const run = runCli(['score', 'examples/seeds/seed-004.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('预算执行');
    expect(run.stdout).toContain('42.42%');
    expect(run.stdout).toContain('企业满意度');
    expect(run.stdout).toMatch(/总分：94\.24 \/ 100\s+等级：优/);
    expect(run.stdout).toContain('审核发现');
  });

  it('finds the 98% score rate printed for 企业满意度 although 5 ÷ 5 = 100%', () => {
    const findings = at(
      checkJson('seed-004'),
      'indicator.score-rate-mismatch',
      'indicators[8].statedScoreRate',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.actual).toBe('98');
    expect(findings[0]?.expected).toBe('100');
  });

  it('finds 2851.19 − 1209.56 = 1641.63 万元 unspent while the report says 年末无结转和结余', () => {
    const findings = at(checkJson('seed-004'), 'carryover.unspent-not-carried', 'carryover.closing');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('1641.63');
  });

  it('raises the red flag: 100% of indicator points at 42.42% execution', () => {
    const findings = checkJson('seed-004').filter((f) => f.code === 'flag.red');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
  });

  it('agrees with the stated total 94.24 and grade 优 (no error on them)', () => {
    const findings = checkJson('seed-004');
    expect(
      at(findings, 'stated.total-score-mismatch', 'stated.totalScore').filter((f) => f.severity === 'error'),
    ).toEqual([]);
    expect(findings.filter((f) => f.code === 'stated.grade-mismatch' && f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.code.startsWith('stated.execution') && f.severity === 'error')).toEqual(
      [],
    );
  });
});

describe('seed 001 (西城区科协 2024 全区科普经费项目, beijing-2024)', () => {
  it('totals 10 + 50.45 + 24.6 + 4.4 = 89.45 → 良 (80 ≤ 89.45 < 90)', () => {
    const run = runCli(['score', 'examples/seeds/seed-001.json', '--json', '--rules', 'beijing-2024']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      totalScore: string;
      grade: string;
      executionScore: string;
      blocks: { key: string; score: string }[];
    };
    expect(out.executionScore).toBe('10.00');
    expect(out.totalScore).toBe('89.45');
    expect(out.grade).toBe('良');
    const block = (key: string) => out.blocks.find((b) => b.key === key)?.score;
    expect([block('output'), block('benefit'), block('satisfaction')]).toEqual(['50.45', '24.60', '4.40']);
  });

  it('has no error on the stated total 89.45 or the stated grade 良好 (an alias of 良)', () => {
    const findings = checkJson('seed-001');
    expect(
      findings.filter((f) => f.code === 'stated.total-score-mismatch' && f.severity === 'error'),
    ).toEqual([]);
    expect(findings.filter((f) => f.code === 'stated.grade-mismatch' && f.severity === 'error')).toEqual([]);
    expect(
      findings.filter((f) => f.code === 'stated.block-scores-sum-mismatch' && f.severity === 'error'),
    ).toEqual([]);
  });
});

describe('seed 003 (乐山市市中区科协 2022)', () => {
  it('finds income items 0.84 + 163.68 + 0 + 0 = 164.52 against the stated 163.68', () => {
    const findings = at(checkJson('seed-003'), 'income.parts-mismatch', 'income.statedTotal');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('error');
  });

  it('finds 上年结转 0.84 ÷ 163.68 = 0.51% stated as 占0%', () => {
    const findings = at(checkJson('seed-003'), 'share.mismatch', 'income.items[0].statedShare');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.actual).toBe('0');
  });

  it('accepts 163.68 ÷ 163.68 = 占100% and the spending by function 125.43 + 20.15 + 5.95 + 12.15 = 163.68', () => {
    const findings = checkJson('seed-003');
    expect(at(findings, 'share.mismatch', 'income.items[1].statedShare')).toEqual([]);
    expect(findings.filter((f) => f.code === 'expenditure.by-function-mismatch')).toEqual([]);
  });
});

describe('seed 002 (益阳市资阳区科协 2021)', () => {
  it('finds spending 109.18 above income 102.18 with no source given for the 7 万元', () => {
    const findings = at(
      checkJson('seed-002'),
      'expenditure.excess-without-source',
      'expenditure.sourceOfExcess',
    );
    expect(findings).toHaveLength(1);
  });

  it('has no error on the shares: 93.18 ÷ 102.18 = 91.19%, 9 ÷ 102.18 = 8.81%, 85.27 ÷ 109.18 = 78.1%, 23.91 ÷ 109.18 = 21.9%', () => {
    const errors = checkJson('seed-002').filter((f) => f.code === 'share.mismatch' && f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('accepts 基本 44.07 + 项目 43 = 87.07 and 财政拨款 93.18 + 其他 9 = 102.18', () => {
    const findings = checkJson('seed-002');
    expect(findings.filter((f) => f.code === 'expenditure-budget.parts-mismatch')).toEqual([]);
    expect(findings.filter((f) => f.code === 'income.parts-mismatch')).toEqual([]);
  });
});

describe('seed 000 (重庆市璧山区科协 2021, amounts in 元)', () => {
  it('is read and checked (it gives only totals and a stated score of 100)', () => {
    const run = runCli(['check', 'examples/seeds/seed-000.json', '--json']);
    expect(run.code).toBe(0);
    expect(Array.isArray((JSON.parse(run.stdout) as { findings: unknown[] }).findings)).toBe(true);
  });
});

describe('seeds without a computable score (000, 002, 003): 未评分, no total, no grade', () => {
  // None of the three has an indicator; 000 and 002 have no budget or executed amount, 003 only a
  // 年初预算数 163.68, so no execution rate either. Banding 0 would have printed 差.
  for (const seed of ['seed-000', 'seed-002', 'seed-003']) {
    it(`${seed}: the score text says 未评分 and prints neither 0.00 nor a grade`, () => {
      const run = runCli(['score', `examples/seeds/${seed}.json`]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('总分：未评分　等级：不评定等级');
      expect(run.stdout).toContain('未填报绩效指标，无法计算总分');
      expect(run.stdout).not.toContain('0.00');
      for (const grade of ['“差”', '：差', '：优', '：良', '：中']) expect(run.stdout).not.toContain(grade);
    });

    it(`${seed}: the score JSON has total and grade null, scored false and the reason`, () => {
      const run = runCli(['score', `examples/seeds/${seed}.json`, '--json']);
      const out = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(out).toMatchObject({
        scored: false,
        unscoredReason: 'noIndicators',
        totalScore: null,
        grade: null,
        gradeKey: null,
      });
    });
  }

  it('seed-000: quotes the stated 100 as stated, not as a computed total', () => {
    const run = runCli(['score', 'examples/seeds/seed-000.json']);
    expect(run.stdout).toContain('单位自评报告称自评得分100分（报告所述，非本系统计算）');
    const json = JSON.parse(runCli(['score', 'examples/seeds/seed-000.json', '--json']).stdout) as {
      stated?: { totalScore?: string };
    };
    expect(json.stated?.totalScore).toBe('100');
  });

  it('says "not scored" in English', () => {
    const run = runCli(['score', 'examples/seeds/seed-002.json', '--lang', 'en']);
    expect(run.stdout).toContain('Total: not scored');
  });
});
