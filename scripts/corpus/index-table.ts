import { FACTS, type StatedFacts } from './expectations';

/**
 * A corpus folder's INDEX.md may list the reports in a Markdown table with a file column and the facts a
 * reader established (unit, year, stated total). Those facts are measured like the ones an expectation
 * block states; a cell such as "n/a" or "—" states nothing.
 */
const COLUMNS: Record<'file' | keyof StatedFacts, RegExp> = {
  file: /^(file|文件)$/i,
  unit: /^(unit|单位)$/i,
  year: /^(year|年度)$/i,
  totalScore: /^(total|total score|总分)$/i,
  executionRate: /^(execution rate|执行率)$/i,
  grade: /^(grade|等级)$/i,
  kind: /^(type|kind|类型)$/i,
  indicators: /^(indicators|指标数)$/i,
};

const NAMES: ReadonlyArray<'file' | keyof StatedFacts> = ['file', ...FACTS];

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** The stated value of a cell: years and scores are read from their first figure ("2019 project" → 2019). */
function factValue(fact: keyof StatedFacts, cell: string): string | undefined {
  if (cell === '' || /^(n\/a|—|-|–)/i.test(cell)) return undefined;
  if (fact === 'year') return /(?:19|20)\d\d/.exec(cell)?.[0];
  if (fact === 'totalScore' || fact === 'executionRate' || fact === 'indicators')
    return /^\d+(?:\.\d+)?%?$/.exec(cell.split(/\s/)[0] ?? '')?.[0];
  return cell;
}

/** Facts by file name, from every table in the text that has a file column. */
export function indexFacts(markdown: string): Map<string, StatedFacts> {
  const out = new Map<string, StatedFacts>();
  let header: Map<'file' | keyof StatedFacts, number> | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    if (!line.trim().startsWith('|')) {
      header = undefined;
      continue;
    }
    const row = cells(line);
    if (!header) {
      header = new Map();
      for (const name of NAMES) {
        const at = row.findIndex((c) => COLUMNS[name].test(c));
        if (at >= 0) header.set(name, at);
      }
      if (!header.has('file')) header = new Map();
      continue;
    }
    const fileAt = header.get('file');
    const file = fileAt === undefined ? undefined : row[fileAt]?.replace(/`/g, '');
    if (!file || /^:?-+:?$/.test(file)) continue;
    const facts: StatedFacts = {};
    for (const [name, at] of header) {
      if (name === 'file') continue;
      const value = factValue(name, row[at] ?? '');
      if (value !== undefined) facts[name] = value;
    }
    out.set(file, facts);
  }
  return out;
}
