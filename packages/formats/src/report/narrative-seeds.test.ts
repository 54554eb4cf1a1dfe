import {
  buildReport,
  findNumbers,
  halfWidthCharacters,
  listHeadings,
  type ReportBlock,
  type ReportDocument,
} from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { inspectDocx } from './docx-inspect';
import { loadSeed } from './seed-support';
import { writeReportDocx } from './write-docx';

/**
 * Each seed's report against the original document it was taken from (read by hand): every heading
 * the original has is there — under the official outline's name for it — every figure the original
 * states is printed, the body closes with 署名 and 成文日期, and no scoring note reaches the prose.
 */

interface Original {
  /** The original's heading → the report's heading that holds its content. */
  headings: Record<string, string>;
  /** Figures as the original writes them; compared by value and unit ("24.6分" = "24.60分"). */
  figures: string[];
  signer: string;
  date?: string;
}

const ORIGINALS: Record<string, Original> = {
  'seed-000': {
    headings: {
      基本情况: '基本情况',
      部门基本情况: '机构、职能及人员情况',
      预算及支出情况: '预算及支出情况',
      绩效评价基本情况: '绩效评价工作开展情况',
      绩效评价目的: '绩效评价目的、对象和范围',
      '绩效评价原则、评价指标体系、评价方法': '绩效评价原则、评价指标体系',
      绩效评价工作过程: '绩效评价工作过程',
      绩效评价情况及结论: '综合评价情况及评价结论',
      主要经验及做法: '主要经验及做法',
      存在问题: '存在的问题及原因分析',
      意见或建议: '有关建议',
    },
    figures: ['2个', '4名', '1名', '2名', '4631052.88元', '13个', '100分'],
    signer: '重庆市璧山区科学技术协会',
  },
  'seed-001': {
    headings: {
      基本情况: '基本情况',
      项目概况: '项目概况',
      项目绩效目标: '项目绩效目标',
      绩效评价工作开展情况: '绩效评价工作开展情况',
      '绩效评价目的、对象和范围': '绩效评价目的、对象和范围',
      '绩效评价原则、评价指标体系（附表说明）、评价方法、评价标准': '绩效评价原则、评价指标体系',
      综合评价情况及评价结论: '综合评价情况及评价结论',
      绩效评价指标分析: '绩效评价指标分析',
      项目过程情况: '预算执行情况',
      '项目产出、效益情况': '产出指标完成情况',
      主要经验: '主要经验及做法',
    },
    figures: [
      '137.85万元',
      '100%',
      '10%',
      '55%',
      '20%',
      '5%',
      '89.45分',
      '10分',
      '50.45分',
      '24.6分',
      '4.4分',
      '3家',
      '90%',
    ],
    signer: '西城区科协',
  },
  'seed-002': {
    headings: {
      基本情况: '基本情况',
      职能职责: '机构、职能及人员情况',
      部门整体支出概况: '预算及支出情况',
      部门整体支出绩效目标及完成情况: '部门整体支出绩效目标',
      绩效评价工作情况: '绩效评价工作开展情况',
      目的: '绩效评价目的、对象和范围',
      实施步骤: '绩效评价工作过程',
      主要绩效: '主要绩效',
      绩效评价结果: '综合评价情况及评价结论',
      存在的问题: '存在的问题及原因分析',
      建议: '有关建议',
    },
    figures: [
      '5人',
      '3人',
      '2人',
      '9人',
      '87.07万元',
      '44.07万元',
      '43万元',
      '102.18万元',
      '93.18万元',
      '91.19%',
      '9万元',
      '8.81%',
      '109.18万元',
      '85.27万元',
      '78.1%',
      '23.91万元',
      '21.9%',
      '0.13万元',
      '0万元',
      '6个',
      '32人次',
      '0辆',
      '30人',
      '5个',
      '50余件',
      '80块',
      '5000余份',
      '58000人',
      '738人',
      '710738次',
      '114个',
      '45家',
      '16家',
      '4938名',
      '0.65元',
    ],
    signer: '益阳市资阳区科学技术协会',
    date: '2022年9月3日',
  },
  'seed-003': {
    headings: {
      部门基本情况: '基本情况',
      机构组成: '机构、职能及人员情况',
      部门整体支出绩效目标: '部门整体支出绩效目标',
      部门财政资金收支情况: '预算及支出情况',
      部门整体履职绩效分析: '主要绩效',
      其他运转类项目绩效分析: '其他需要说明的问题',
      结果应用情况: '结果应用情况',
      评价结论: '综合评价情况及评价结论',
      存在问题: '存在的问题及原因分析',
      改进建议: '有关建议',
    },
    figures: [
      '163.68万元',
      '0.84万元',
      '0%',
      '100%',
      '0万元',
      '125.43万元',
      '20.15万元',
      '5.95万元',
      '12.15万元',
      '0元',
      '4262人',
      '22家',
      '1家',
      '631单',
      '21项',
      '2家',
      '51篇',
      '50篇',
      '138%',
      '40个',
      '65个',
      '92个',
      '98分',
    ],
    signer: '乐山市市中区科学技术协会',
    date: '2023年5月1日',
  },
  'seed-004': {
    headings: {
      基本情况: '基本情况',
      部门基本情况: '机构、职能及人员情况',
      预算及支出情况: '预算及支出情况',
      绩效评价工作开展情况: '绩效评价工作开展情况',
      主要经验及做法: '主要经验及做法',
      绩效评价情况及结论: '综合评价情况及评价结论',
      预算执行率分析: '预算执行情况',
      需重点关注的问题: '存在的问题及原因分析',
      有关建议: '有关建议',
    },
    figures: [
      '9名',
      '1名',
      '2名',
      '3名',
      '2931.88万元',
      '2851.19万元',
      '1209.56万元',
      '5.98万元',
      '4.85万元',
      '1.13万元',
      '7.22万元',
      '1辆',
      '2辆',
      '67家',
      '94.24分',
      '4.24',
      '42.42%',
      '171家',
      '59家',
      '1次',
      '31名',
      '22名',
      '28个',
      '151个',
      '100%',
      '98%',
    ],
    signer: '重庆市璧山区科学技术局',
    date: '2023年3月28日',
  },
};

/** The body: everything before the annex pages. */
function body(report: ReportDocument): ReportBlock[] {
  const annex = report.blocks.findIndex((b) => b.type === 'annex');
  return annex < 0 ? report.blocks : report.blocks.slice(0, annex);
}

function blockText(b: ReportBlock): string {
  switch (b.type) {
    case 'paragraph':
      return b.sentence.text;
    case 'todo':
      return b.text;
    case 'table':
      return b.rows.map((r) => r.map((c) => c.text).join(' ')).join('\n');
    default:
      return '';
  }
}

/** The text states the written figure: an equal value with the same unit (and counter word for counts). */
function statesFigure(text: string, written: string): boolean {
  const [want] = findNumbers(written);
  if (!want) throw new Error(`not a figure: ${written}`);
  return findNumbers(halfWidthCharacters(text)).some(
    (t) =>
      t.unit === want.unit &&
      (want.unit !== 'count' || t.unitText === want.unitText) &&
      sameValue(t.value, want.value),
  );
}

/** "24.60" and "24.6" are the same figure: compared as digit strings with trailing zeros removed. */
function sameValue(a: string, b: string): boolean {
  const norm = (v: string) => (v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v);
  return norm(a) === norm(b);
}

describe.each(Object.entries(ORIGINALS))('the report of %s, read against its original', (id, original) => {
  async function produce() {
    const seed = await loadSeed(id);
    // Produced on 1 December 2026: the 成文日期 of a seed whose data records no report date.
    return buildReport(seed.evaluation, seed.result, seed.ruleSet, seed.findings, { issuedOn: '2026-12-01' });
  }

  it('has a section for every heading of the original', async () => {
    const report = await produce();
    const headings = listHeadings(report).map((h) =>
      h.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\d+\. /, ''),
    );
    for (const [theirs, ours] of Object.entries(original.headings)) {
      expect(headings, `「${theirs}」→「${ours}」`).toContain(ours);
    }
  });

  it('prints every figure the original states', async () => {
    const text = body(await produce())
      .map(blockText)
      .join('\n');
    const missing = original.figures.filter((f) => !statesFigure(text, f));
    expect(missing).toEqual([]);
  });

  it('closes the body with the unit as 署名 and the report date (else the day produced) as 成文日期', async () => {
    const report = await produce();
    const blocks = body(report);
    expect(blocks.at(-1)).toEqual({
      type: 'signature',
      signer: original.signer,
      date: original.date ?? '2026年12月1日',
    });
    expect(blocks.at(-2)).toEqual({
      type: 'attachmentNote',
      label: '附件',
      items: [expect.stringContaining('绩效自评表')],
    });
  });

  it('keeps scoring notes, encoder wording and (in a final report) to-do marks out of the prose', async () => {
    const report = await produce();
    const prose = body(report)
      .filter((b) => b.type === 'paragraph')
      .map(blockText)
      .join('\n');
    for (const note of ['人工评定', '理由：', '未随报告提供', '报告未列预算数', '其余九项', '均称', '……']) {
      expect(prose).not.toContain(note);
    }
    if (!report.draft) expect(body(report).some((b) => b.type === 'todo')).toBe(false);
  });
});

describe('seed 004, whose unit text already states its amounts', () => {
  it('says 2931.88 once in the prose (the unit’s sentence), not five times', async () => {
    const seed = await loadSeed('seed-004');
    const report = buildReport(seed.evaluation, seed.result, seed.ruleSet, seed.findings);
    const prose = body(report)
      .filter((b) => b.type === 'paragraph')
      .map(blockText)
      .join('\n');
    expect(prose.split('2931.88').length - 1).toBe(1);
    expect(prose.split('1209.56').length - 1).toBe(1);
  });
});

describe('the .docx of seed 004', () => {
  it('prints 附件说明, 署名 and 成文日期 after the last section and before the annex page', async () => {
    const seed = await loadSeed('seed-004');
    const report = buildReport(seed.evaluation, seed.result, seed.ruleSet, seed.findings);
    const texts = (await inspectDocx(await writeReportDocx(report))).paragraphs.map((p) => p.text);
    const note = texts.indexOf('附件：部门整体支出绩效自评表（2022年度）');
    expect(note).toBeGreaterThan(texts.indexOf('七、有关建议'));
    expect(texts.slice(note + 1, note + 4)).toEqual(['', '重庆市璧山区科学技术局', '2023年3月28日']);
    expect(texts.indexOf('附件')).toBeGreaterThan(note);
  });
});
