import { describe, expect, it } from 'vitest';
import { ExpectationError, fencedBlocks, parseCorpusDocument, parseExpectationBlock } from './expectations';

const FILE = [
  '# 某县某局 — 2023 — 项目支出',
  '',
  '## Report text as retrieved',
  '```',
  '项目资金 | 年初预算数 | 全年执行数 |',
  '年度资金总额 | 120 | 96 |',
  '```',
  '',
  '## Expected (machine-readable)',
  '```yaml',
  'inconsistent:',
  '  - check: 2',
  '    what: execution score stated 20, rule gives 20 × 80% = 16',
  '    stated: "20"',
  '    computed: "16.00"',
  'rounding_only:',
  '  - check: 1',
  '    what: rate written 80.0%',
  '    stated: "80.0%"',
  '    computed: "80%"',
  'clean: false',
  'unit: 某县某局',
  'year: 2023',
  'total_score: "95.50"',
  '```',
].join('\n');

describe('reading a corpus file', () => {
  it('takes the report text from the first fenced block and the expectation from the YAML block', () => {
    const doc = parseCorpusDocument(FILE);
    expect(doc?.reportText).toBe('项目资金 | 年初预算数 | 全年执行数 |\n年度资金总额 | 120 | 96 |');
    expect(doc?.expectation).toEqual({
      inconsistent: [
        { what: 'execution score stated 20, rule gives 20 × 80% = 16', stated: '20', computed: '16.00' },
      ],
      roundingOnly: [{ what: 'rate written 80.0%', stated: '80.0%', computed: '80%' }],
      clean: false,
      facts: { unit: '某县某局', year: '2023', totalScore: '95.50' },
    });
  });

  it('is a plain report when no block says what an audit should find', () => {
    expect(parseCorpusDocument('# 报告\n\n```\n合计 | 10 |\n```\n')).toBeUndefined();
    expect(parseCorpusDocument('单位全年总收入102.18万元。')).toBeUndefined();
  });

  it('reads the text around the block as the report when the report is not fenced', () => {
    const doc = parseCorpusDocument('全年执行数96万元。\n\n```yaml\ninconsistent: []\n```\n');
    expect(doc?.reportText).toBe('全年执行数96万元。');
    expect(doc?.expectation.clean).toBe(true);
  });

  it('finds fences of tildes and longer runs of backticks', () => {
    expect(fencedBlocks('~~~yml\nclean: true\n~~~\n````\na\n```\nb\n````\n')).toEqual([
      { info: 'yml', body: 'clean: true', from: 0, to: 2 },
      { info: '', body: 'a\n```\nb', from: 3, to: 7 },
    ]);
  });
});

describe('the expectation block', () => {
  it('keeps every figure as written: "9.00" stays "9.00", an unquoted 9.00 too', () => {
    const e = parseExpectationBlock('inconsistent:\n  - what: x\n    stated: 9.00\n    computed: "10"\n');
    expect(e.inconsistent).toEqual([{ what: 'x', stated: '9.00', computed: '10' }]);
  });

  it('says a report is clean when it lists no inconsistency and does not say', () => {
    expect(parseExpectationBlock('inconsistent: []\nrounding_only: []\n').clean).toBe(true);
    expect(parseExpectationBlock('inconsistent:\n  - what: y\n').clean).toBe(false);
    expect(parseExpectationBlock('inconsistent: []\nclean: false\n').clean).toBe(false);
  });

  it('reads the audit code an item names', () => {
    const e = parseExpectationBlock('inconsistent:\n  - what: z\n    code: text.total-score\n');
    expect(e.inconsistent[0]?.code).toBe('text.total-score');
  });

  it.each([
    ['inconsistent: 3\n', 'inconsistent: not a list'],
    ['inconsistent:\n  - just text\n', 'inconsistent[0]: not a mapping'],
    ['clean: maybe\n', 'clean: "maybe" is neither true nor false'],
    ['- a\n- b\n', 'not a mapping'],
  ])('refuses %j: %s', (yaml, detail) => {
    expect(() => parseExpectationBlock(yaml)).toThrow(new ExpectationError(detail));
  });

  it('refuses YAML that does not parse', () => {
    expect(() => parseExpectationBlock('inconsistent: [\n')).toThrow(ExpectationError);
  });
});
