import type { Extraction } from './extract/extraction';
import { fullUnitName, readFormHeader } from './extract/facts';

/** The headline figures read from a report, for the summary table across many files. */
export interface ExtractedSummary {
  unit?: string;
  fiscalYear?: number;
  kind?: 'project' | 'unitWide';
  executionRate?: string;
  totalScore?: string;
  grade?: string;
  indicators: number;
}

export function summarise(x: Extraction): ExtractedSummary {
  const head = x.sentences
    .slice(0, 8)
    .map((s) => s.text)
    .join('\n');
  // The form's header first (项目名称, 实施单位, 年度 …); the first plausible phrase only when it has none.
  const header = readFormHeader(x.doc);
  const found = /(20\d\d)\s*年度?/.exec(head) ?? /(20\d\d)\s*年度?/.exec(x.text);
  const year = header.fiscalYear ?? (found?.[1] ? Number(found[1]) : undefined);
  const kind = header.kind;
  const named = header.unit ?? unitName(x);
  const unit = named === undefined ? undefined : fullUnitName(named);
  const rate = x.facts.find((f) => f.concept === 'executionRate')?.token.value;
  const total =
    x.facts.find((f) => f.concept === 'totalScore')?.token.value ?? header.totalScore ?? tableTotal(x);
  const indicators = x.indicatorTables.reduce((n, t) => n + t.rows.length, 0);
  return {
    ...(unit ? { unit } : {}),
    ...(year !== undefined ? { fiscalYear: year } : {}),
    ...(kind ? { kind } : {}),
    ...(rate ? { executionRate: rate } : {}),
    ...(total ? { totalScore: total } : {}),
    ...(x.grades[0] ? { grade: x.grades[0].grade } : {}),
    indicators,
  };
}

/**
 * The form's own 总分 row ("总分 | 71.7", "总分（100分）| 100"): a score only when the table scores its rows
 * or the row also carries the weights' total; a lone number under a weights-only table is the full marks.
 */
function tableTotal(x: Extraction): string | undefined {
  for (const t of x.indicatorTables) {
    const row = t.totalRow;
    if (row?.score && (row.weight || t.rows.some((r) => r.score))) return row.score.token.value;
  }
  return undefined;
}

const ORG =
  /(?:[\u4e00-\u9fff]{2,20}?(?:省|市|区|县|州|旗))?[\u4e00-\u9fff]{0,12}?(?:科学技术协会|科学技术局|科学技术委员会|科协|科技局|财政局|教育局|卫生健康委员会|委员会|管理局|中心|局)/g;

/**
 * The unit: from a title line ("益阳市资阳区科学技术协会" above "2021年度部门整体支出绩效自评报告", or
 * "西城区科协2024年…报告"), else the organisation named most often outside 《》 titles of other documents.
 */
function unitName(x: Extraction): string | undefined {
  const paragraphs = x.doc.blocks.filter((b) => b.kind === 'paragraph').slice(0, 6);
  for (const [i, b] of paragraphs.entries()) {
    if (b.kind !== 'paragraph') continue;
    const title = /^(.{2,30}?)(?:20\d\d)\s*年度?.{0,30}(?:绩效|自评)/.exec(b.text);
    // "为做好2023年…工作,我局对…开展了绩效自评": a sentence, not a title.
    if (title?.[1] && !/[，,。《]/.test(title[1]) && !/^(?:为|按照?|根据|依据|经|由|对)/.test(title[1]))
      return title[1].replace(/^[#\s]+/, '');
    const next = paragraphs[i + 1];
    if (
      b.text.length <= 30 &&
      ORG.test(b.text) &&
      next?.kind === 'paragraph' &&
      /绩效|自评/.test(next.text)
    ) {
      ORG.lastIndex = 0;
      return b.text.trim();
    }
    ORG.lastIndex = 0;
  }
  const counts = new Map<string, number>();
  const text = x.text.slice(0, 20_000).replace(/《[^》]*》/g, '');
  for (const m of text.matchAll(ORG)) {
    // "10个省级中心村": after a count, the match is what was counted, not an organisation.
    if (/[\d一二三四五六七八九十百千]$/.test(text.slice(0, m.index ?? 0))) continue;
    const name = m[0].replace(/^(?:根据|按照|经|由|我|本|是|为|在|对|向|与|和)/, '');
    if (name.length >= 4) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  let n = 0;
  for (const [name, c] of counts)
    if (c > n || (c === n && best !== undefined && name.length > best.length)) [best, n] = [name, c];
  return best;
}
