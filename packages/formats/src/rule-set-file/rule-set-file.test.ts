import { readFileSync } from 'node:fs';
import { assertRuleSet, JixiaoError } from '@jixiao/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRuleSetFile } from './rule-set-file';

const builtinJson = readFileSync(
  new URL('../../../domain/src/rules/builtin/mof-2020.json', import.meta.url),
  'utf8',
);

/** The same rule set as a person would write it in YAML: bare numbers, "0.80" with a trailing zero. */
const yamlText = `
id: my-province
version: "2024.1"
name: 某省项目支出绩效自评
description: 执行率 20 分，指标 80 分
source: 某省财政厅文件
kinds: [project]
totalWeight: 100
execution: { weight: 20 }
indicatorWeight: 80
blocks:
  - { key: output, label: 产出指标, weight: 40, matches: [产出] }
  - { key: benefit, label: 效益指标, weight: 30, matches: [效益] }
  - { key: satisfaction, label: 满意度指标, weight: 10, matches: [满意度] }
scoring:
  qualitativeTiers:
    - { tier: met, min: 0.80, max: 1, maxInclusive: true }
    - { tier: partlyMet, min: 0.6, max: 0.80, maxInclusive: false }
    - { tier: notMet, min: 0, max: 0.6, maxInclusive: false }
rounding: { scorePlaces: 2, ratePlaces: 2 }
grades:
  - { key: excellent, label: 优, min: 90 }
  - { key: good, label: 良, min: 80 }
  - { key: fair, label: 中, min: 60 }
  - { key: poor, label: 差, min: 0 }
`;

function thrown(fn: () => unknown): JixiaoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof JixiaoError) return e;
    throw e;
  }
  throw new Error('expected a JixiaoError');
}

describe('readRuleSetFile', () => {
  it('reads the built-in JSON rule set exactly as the domain validator does', () => {
    expect(readRuleSetFile(builtinJson, 'mof-2020.json')).toEqual(
      assertRuleSet(JSON.parse(builtinJson), 'x'),
    );
  });

  it('reads YAML with bare numbers, keeping the text as written ("0.80" stays "0.80")', () => {
    const rs = readRuleSetFile(yamlText, 'my.yaml');
    expect(rs.execution.weight).toBe('20');
    expect(rs.blocks.map((b) => b.weight)).toEqual(['40', '30', '10']);
    expect(rs.scoring.qualitativeTiers[0]?.min).toBe('0.80');
    expect(rs.rounding.scorePlaces).toBe(2);
    expect(rs.version).toBe('2024.1');
  });

  it('accepts bare JSON numbers for decimal fields, keeping their text ("10.0" stays "10.0")', () => {
    const edited = builtinJson
      .replace('"execution": { "weight": "10"', '"execution": { "weight": 10.0')
      .replace('"totalWeight": "100"', '"totalWeight": 100.00');
    const rs = readRuleSetFile(edited, 'n.json');
    expect(rs.execution.weight).toBe('10.0');
    expect(rs.totalWeight).toBe('100.00');
  });

  it('reports the weight arithmetic that does not add up, naming the file and field', () => {
    const err = thrown(() => readRuleSetFile(yamlText.replace('weight: 40', 'weight: 45'), 'my.yaml'));
    expect(err.code).toBe('INVALID_RULE_SET');
    expect(err.message).toContain('my.yaml');
    expect(err.issues.some((i) => i.location?.file === 'my.yaml' && i.location.path === 'blocks')).toBe(true);
  });

  it('reports a missing field', () => {
    const err = thrown(() => readRuleSetFile(yamlText.replace(/^name: .*$/m, ''), 'my.yml'));
    expect(err.code).toBe('INVALID_RULE_SET');
    expect(err.issues.map((i) => i.location?.path)).toContain('name');
  });

  it('reports a YAML syntax error with its line', () => {
    const err = thrown(() => readRuleSetFile('id: x\nblocks: [1, 2\nname: y\n', 'bad.yaml'));
    expect(err.code).toBe('UNREADABLE_FILE');
    expect(err.issues[0]?.location?.file).toBe('bad.yaml');
    expect(err.issues[0]?.location?.row).toBeGreaterThan(0);
  });

  it('reports a JSON syntax error with line and column', () => {
    const err = thrown(() => readRuleSetFile('{\n "id": "x",\n}', 'bad.json'));
    expect(err.code).toBe('UNREADABLE_FILE');
    expect(err.message).toContain('第 3 行');
  });

  it('refuses alias bombs instead of expanding them', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'
        .split('')
        .map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`),
    ].join('\n');
    expect(() => readRuleSetFile(bomb, 'bomb.yaml')).toThrow(JixiaoError);
  });

  it('throws only JixiaoError for any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('r.json', 'r.yaml'), (text, name) => {
        try {
          readRuleSetFile(text, name);
        } catch (e) {
          return e instanceof JixiaoError;
        }
        return true;
      }),
    );
  });
});
