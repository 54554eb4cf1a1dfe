import { type Evaluation, JixiaoError, parseEvaluation } from '@jixiao/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEvaluationJson, writeEvaluationJson } from './evaluation-json';

const sample: Evaluation = parseEvaluation({
  kind: 'project',
  fiscalYear: 2022,
  unit: { name: '某区科学技术协会' },
  project: { name: '科普活动经费' },
  funds: { total: { initialBudget: '20', adjustedBudget: '20', executed: '18.5' } },
  indicators: [{ level1: '产出指标', level2: '数量指标', name: '开展科普活动次数', weight: '20' }],
  narrative: { problems: '问题', organisation: '机构' },
});

function thrown(fn: () => unknown): JixiaoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof JixiaoError) return e;
    throw e;
  }
  throw new Error('expected a JixiaoError');
}

describe('evaluation JSON', () => {
  it('reads back exactly what it wrote', () => {
    expect(readEvaluationJson(writeEvaluationJson(sample), 'x.json')).toEqual(sample);
  });

  it('writes keys in the model order with 2-space indent and report sections in outline order', () => {
    const text = writeEvaluationJson(sample);
    expect(
      text.startsWith('{\n  "format": "jixiao.evaluation",\n  "schemaVersion": 1,\n  "kind": "project",'),
    ).toBe(true);
    expect(text.indexOf('"organisation"')).toBeLessThan(text.indexOf('"problems"'));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives the same bytes whatever order the keys were built in', () => {
    const reversed = Object.fromEntries(Object.entries(sample).reverse());
    const parsed = parseEvaluation(reversed);
    expect(writeEvaluationJson(parsed)).toBe(writeEvaluationJson(sample));
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(readEvaluationJson(`\uFEFF${writeEvaluationJson(sample)}`, 'bom.json').fiscalYear).toBe(2022);
  });

  it('names the file, line and column of a syntax error', () => {
    const text = '{\n  "kind": "project",\n  "fiscalYear" 2022\n}';
    const err = thrown(() => readEvaluationJson(text, '自评.json'));
    expect(err.code).toBe('UNREADABLE_FILE');
    // The error is at the "2" of 2022: line 3, after the two spaces and the 12 characters of "fiscalYear" and a space.
    expect(err.message).toBe('文件「自评.json」不是有效的 JSON：第 3 行第 16 个字符处有语法错误');
    expect(err.issues[0]?.location).toEqual({ file: '自评.json', row: 3 });
  });

  it('says a cut-off file ended early', () => {
    const err = thrown(() => readEvaluationJson('{"kind": "project",', 'cut.json'));
    expect(err.message).toContain('内容不完整');
    expect(err.message).toContain('第 1 行第 20 个字符');
  });

  it('says an empty file is empty', () => {
    expect(thrown(() => readEvaluationJson('  \n', 'empty.json')).message).toBe(
      '文件「empty.json」是空的，没有可读取的 JSON 内容',
    );
  });

  it('reports schema problems as INVALID_INPUT with the file and field', () => {
    const err = thrown(() =>
      readEvaluationJson(
        '{"kind":"project","fiscalYear":2022,"unit":{"name":"u"},"project":{"name":"p"},"funds":{"total":{"executed":"x"}}}',
        'bad.json',
      ),
    );
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.issues[0]?.location).toMatchObject({ file: 'bad.json', path: 'funds.total.executed' });
  });

  it('throws only JixiaoError for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        try {
          readEvaluationJson(text, 'f.json');
        } catch (e) {
          return e instanceof JixiaoError;
        }
        return true;
      }),
    );
  });
});
