import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glossedLabels, listRuleSets, stringsIn, untranslatedLines } from '@jixiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholdersByLanguage } from './i18n';
import { REPO_ROOT, runCli } from './test-support';

/**
 * Every command in English (`--lang en`), on good files and on each kind of bad input. Chinese may
 * appear only as untranslatedLines() allows: quoted, the input's own text, or an official name next
 * to its English gloss (the rule sets' labels). Anything else is a sentence someone forgot to translate.
 */

const seed = (n: number) => join('examples/seeds', `seed-00${n}.json`);
const seedStrings = [0, 1, 2, 3, 4].flatMap((n) =>
  stringsIn(JSON.parse(readFileSync(join(REPO_ROOT, seed(n)), 'utf8'))),
);
const glosses = listRuleSets().flatMap(glossedLabels);

// A short 自评表 as CSV: its cells are the user data of the sheet cases.
const SHEET = [
  ['项目支出绩效自评表'],
  ['（2023年度）'],
  ['项目名称：科普惠民工程', '', '单位名称', '某县科普中心'],
  ['', '', '年初预算数', '全年预算数', '全年执行数', '执行率', '分值', '得分'],
  ['', '年度资金总额', '500', '480', '456', '95%', '10', '9.5'],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '科普活动场次', '≥20场', '22场', '50', '50'],
  ['效益指标', '社会效益指标', '公众科学素质提升', '明显提升', '达成', '30', '27'],
  ['满意度指标', '服务对象满意度指标', '参与群众满意度', '≥90%', '96%', '10', '10'],
];
const BAD_SHEET = SHEET.map((row) =>
  row[2] === '公众科学素质提升' ? [...row.slice(0, 5), '二十', '27'] : row,
);
// A report written elsewhere (.txt): its lines are the user data of the audit case.
const REPORT = [
  '某单位2023年度项目支出绩效自评报告',
  '全年预算数100万元，全年执行数90万元，预算执行率95%。',
  '自评得分95分，等级为优。',
];
const csv = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;

let dir = '';
/** The sheet's cells, and what jixiao read from them (a name after "项目名称：", a unit after a number). */
let sheetStrings: string[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-english-'));
  writeFileSync(join(dir, 'sheet.csv'), csv(SHEET));
  writeFileSync(join(dir, 'bad-sheet.csv'), csv(BAD_SHEET));
  const read = runCli(['convert', join(dir, 'sheet.csv')]);
  sheetStrings = [...SHEET.flat(), ...BAD_SHEET.flat(), ...stringsIn(JSON.parse(read.stdout))];
  writeFileSync(join(dir, 'bad.json'), '{"kind": "project", "fiscalYear": ');
  writeFileSync(join(dir, 'report.txt'), `${REPORT.join('\n')}\n`);
  writeFileSync(join(dir, 'invalid.json'), JSON.stringify({ kind: 'project', fiscalYear: 1999, unit: {} }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Case {
  what: string;
  args: () => string[];
  code: number;
  /** JSON on stdout: each string value is read as a line of its own (quotes are JSON's, not ours). */
  json?: boolean;
  /** A phrase the English output must contain (the file named, the reason given). */
  says?: string;
}

const CASES: Case[] = [
  {
    what: 'score of a project evaluation',
    args: () => ['score', seed(1)],
    code: 0,
    says: 'Self-evaluation score',
  },
  { what: 'score of a unit-wide evaluation', args: () => ['score', seed(4)], code: 0, says: 'Total' },
  { what: 'score of a sheet', args: () => ['score', join(dir, 'sheet.csv')], code: 0, says: 'Grade' },
  {
    what: 'check of several files',
    args: () => ['check', seed(0), seed(1), seed(2), seed(3), seed(4)],
    code: 0,
  },
  { what: 'score --json', args: () => ['score', seed(1), '--json'], code: 0, json: true },
  {
    what: 'check --json of several files',
    args: () => ['check', seed(2), seed(4), '--json'],
    code: 0,
    json: true,
  },
  { what: 'check of a report written elsewhere', args: () => ['check', join(dir, 'report.txt')], code: 0 },
  {
    what: 'check of a report that is missing',
    args: () => ['check', join(dir, 'missing.docx')],
    code: 2,
    says: 'does not exist',
  },
  { what: 'rules list', args: () => ['rules', 'list'], code: 0, says: 'Ministry of Finance' },
  ...listRuleSets().map((rs) => ({
    what: `rules show ${rs.id}`,
    args: () => ['rules', 'show', rs.id],
    code: 0,
    says: 'Grades',
  })),
  { what: 'convert of a sheet', args: () => ['convert', join(dir, 'sheet.csv')], code: 0 },
  {
    what: 'report',
    args: () => ['report', seed(1), '--format', 'docx', '--out', join(dir, 'out')],
    code: 0,
    says: 'written to',
  },
  { what: 'help', args: () => ['--help'], code: 0, says: 'Usage:' },
  { what: 'help of report', args: () => ['report', '--help'], code: 0, says: 'Options:' },
  { what: 'help of serve', args: () => ['serve', '--help'], code: 0, says: 'start the server' },
  { what: 'help of db migrate', args: () => ['db', 'migrate', '--help'], code: 0, says: 'migrations' },
  { what: 'help of demo remove', args: () => ['demo', 'remove', '--help'], code: 0, says: 'demo' },
  { what: 'a bad port', args: () => ['serve', '--port', '99999'], code: 2, says: 'invalid port "99999"' },
  {
    what: 'a missing file',
    args: () => ['score', 'missing.json'],
    code: 2,
    says: 'cannot read file "missing.json"',
  },
  { what: 'bad JSON', args: () => ['score', join(dir, 'bad.json')], code: 2, says: 'is not valid JSON' },
  {
    what: 'JSON failing the schema',
    args: () => ['score', join(dir, 'invalid.json')],
    code: 2,
    says: 'must be filled in',
  },
  {
    what: 'a bad sheet',
    args: () => ['convert', join(dir, 'bad-sheet.csv')],
    code: 2,
    says: '"二十" is not a score',
  },
  {
    what: 'a file that is no sheet',
    args: () => ['score', 'examples/README.md'],
    code: 2,
    says: 'README.md',
  },
  {
    what: 'an unknown rule set',
    args: () => ['score', seed(1), '--rules', 'nope'],
    code: 2,
    says: 'no rule set named "nope"',
  },
  { what: 'an unknown command', args: () => ['scor', seed(1)], code: 2, says: 'unknown command "scor"' },
  { what: 'a missing argument', args: () => ['score'], code: 2, says: 'missing argument' },
  { what: 'an unknown option', args: () => ['score', seed(1), '--colour'], code: 2, says: 'unknown option' },
  { what: 'a bad format choice', args: () => ['convert', seed(1), '--to', 'xml'], code: 2, says: 'xml' },
];

describe('every command in English', () => {
  for (const c of CASES) {
    it(`writes no untranslated Chinese: ${c.what}`, () => {
      const run = runCli([...c.args(), '--lang', 'en']);
      const output = c.json ? stringsIn(JSON.parse(run.stdout)).join('\n') : `${run.stdout}\n${run.stderr}`;
      expect(run.code, output).toBe(c.code);
      if (c.says) expect(output).toContain(c.says);
      expect(
        untranslatedLines(output, { data: [...seedStrings, ...sheetStrings, ...REPORT], glosses }),
      ).toEqual([]);
    });
  }

  it('takes English from JIXIAO_LANG as well', () => {
    const run = runCli(['score', 'missing.json'], { JIXIAO_LANG: 'en' });
    expect(run.stderr).toContain('cannot read file "missing.json"');
  });
});

describe('the command-line message table', () => {
  it('uses the same placeholders in Chinese and English for every key', () => {
    const differing = placeholdersByLanguage().filter((p) => p.zh.join() !== p.en.join());
    expect(differing).toEqual([]);
  });
});
