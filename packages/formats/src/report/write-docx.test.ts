import { buildReport, fixed, listHeadings, listSources } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { inspectDocx, styleXml } from './docx-inspect';
import { loadSeed, SEED_IDS } from './seed-support';
import { writeReportDocx } from './write-docx';

async function produce(id: string) {
  const seed = await loadSeed(id);
  const report = buildReport(seed.evaluation, seed.result, seed.ruleSet, seed.findings);
  const docx = await inspectDocx(await writeReportDocx(report));
  return { seed, report, docx };
}

/** The standard outline's first-level sections, in the order they must appear (those present). */
const OUTLINE_ORDER = [
  '基本情况',
  '绩效目标',
  '绩效评价工作开展情况',
  '主要绩效',
  '综合评价情况及评价结论',
  '绩效评价指标分析',
  '主要经验及做法',
  '存在的问题及原因分析',
  '有关建议',
  '结果应用情况',
  '其他需要说明的问题',
];

describe.each(SEED_IDS)('the 自评报告 .docx of %s', (id) => {
  it('is A4 (11906 × 16838 twips) with margins 37/35/28/26 mm = 2098/1984/1587/1474 twips', async () => {
    const { docx } = await produce(id);
    expect(docx.documentXml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const mar = /<w:pgMar ([^>]*)\/>/.exec(docx.documentXml)?.[1] ?? '';
    expect(mar).toContain('w:top="2098"');
    expect(mar).toContain('w:bottom="1984"');
    expect(mar).toContain('w:left="1587"');
    expect(mar).toContain('w:right="1474"');
    expect(docx.documentXml).toContain('<w:docGrid w:type="default" w:linePitch="579"/>');
  });

  it('sets the title in 方正小标宋简体 二号 (44) centred and the body in 仿宋_GB2312 三号 (32), digits in Times New Roman', async () => {
    const { docx, report } = await produce(id);
    expect(docx.paragraphs[0]).toEqual({ style: 'ReportTitle', text: report.title });
    const title = styleXml(docx.stylesXml, 'ReportTitle');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    const body = styleXml(docx.stylesXml, 'ReportBody');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('w:ascii="Times New Roman"');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toContain('w:line="579" w:lineRule="exact"');
    // 28 characters of 320 − 5 = 315 twips fit the 8845-twip text width (28 × 315 = 8820).
    expect(body).toContain('<w:spacing w:val="-5"/>');
  });

  it('sets 一、 in 黑体, （一） in 楷体_GB2312, 1. and （1） in 仿宋_GB2312, all 三号', async () => {
    const { docx } = await produce(id);
    const fonts = {
      Heading1: '黑体',
      Heading2: '楷体_GB2312',
      Heading3: '仿宋_GB2312',
      Heading4: '仿宋_GB2312',
    };
    for (const [style, font] of Object.entries(fonts)) {
      const xml = styleXml(docx.stylesXml, style);
      expect(xml).toContain(`w:eastAsia="${font}"`);
      expect(xml).toContain('<w:sz w:val="32"/>');
    }
    for (const p of docx.paragraphs.filter((p) => p.style === 'Heading1'))
      expect(p.text).toMatch(/^[一二三四五六七八九十]+、/);
    for (const p of docx.paragraphs.filter((p) => p.style === 'Heading2'))
      expect(p.text).toMatch(/^（[一二三四五六七八九十]+）/);
  });

  it('declares fallbacks for the official fonts (仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体, 黑体 → SimHei, 楷体_GB2312 → 楷体)', async () => {
    const { docx } = await produce(id);
    expect(docx.fontTableXml).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(docx.fontTableXml).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(docx.fontTableXml).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
    expect(docx.fontTableXml).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
  });

  it('numbers pages "— 1 —" in 宋体 四号 (28): odd pages right, even pages left', async () => {
    const { docx } = await produce(id);
    expect(docx.settingsXml).toContain('<w:evenAndOddHeaders/>');
    expect(docx.footersXml).toHaveLength(2);
    const [odd = '', even = ''] = docx.footersXml;
    for (const f of [odd, even]) {
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
      expect(f).toContain('>— </w:t>');
      expect(f).toContain('PAGE');
      expect(f).toContain('> —</w:t>');
    }
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
  });

  it('keeps the standard outline order and writes the same headings as the report outline', async () => {
    const { docx, report } = await produce(id);
    const headings = docx.paragraphs.filter((p) => p.style?.startsWith('Heading')).map((p) => p.text);
    expect(headings).toEqual(listHeadings(report));
    const top = docx.paragraphs
      .filter((p) => p.style === 'Heading1')
      .map((p) => p.text.replace(/^[一二三四五六七八九十]+、/, ''));
    const positions = top.map((t) => OUTLINE_ORDER.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(top.slice(0, 1)).toEqual(['基本情况']);
  });

  it('prints every generated figure exactly as the engine computed it', async () => {
    const { docx, report, seed } = await produce(id);
    const text = docx.paragraphs.map((p) => p.text).join('\n');
    for (const entry of listSources(report)) {
      for (const f of entry.figures) expect(text).toContain(f.value);
    }
    const places = seed.ruleSet.rounding.scorePlaces;
    // Seeds 000, 002 and 003 have no indicator: no total, no grade, never "0.00分" (scoring/scored.ts).
    if (seed.result.grade)
      expect(text).toContain(
        `总得分${fixed(seed.result.totalScore, places)}分，等级为“${seed.result.grade.label}”`,
      );
    else {
      expect(text).toContain('未评分：未填报绩效指标，无法计算总分，不评定等级。');
      expect(text).not.toContain('总得分');
      expect(text).not.toContain('0.00分');
      expect(text).not.toMatch(/等级[为：]“?[优良中差]/);
    }
  });

  it('marks a draft in the page header, and only a draft', async () => {
    const { docx, report } = await produce(id);
    const headerText = docx.headersXml.join('');
    if (report.draft) {
      expect(headerText).toContain('草稿（未定稿）');
    } else {
      expect(headerText).not.toContain('草稿');
      expect(docx.paragraphs.some((p) => p.text.includes('【待补充】'))).toBe(false);
    }
  });
});

describe('the seed 004 report', () => {
  it('states 1209.56 / 2851.19 = 42.42%, 42.42% × 10 = 4.24, 4.24 + 90 = 94.24 and 优', async () => {
    const { docx } = await produce('seed-004');
    const text = docx.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('2022年度预算执行率为42.42%，该指标分值10分，得分4.24分。');
    expect(text).toContain('总得分94.24分，等级为“优”。其中，预算执行率得分4.24分（分值10分）');
    const tables = docx.documentXml;
    expect(tables).toContain('>94.24<');
    expect(tables).toContain('>4.24<');
    expect(tables).toContain('>42.42%<');
  });
});

describe('the report styles', () => {
  it('switch off widow control and punctuation hanging past the right margin in the document defaults', async () => {
    const { docx } = await produce('seed-004');
    expect(docx.stylesXml).toContain(
      '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:overflowPunct w:val="0"/>',
    );
  });

  it('break the title between words: one paragraph, the unit on the first line', async () => {
    const { docx } = await produce('seed-004');
    const title =
      /<w:p>(?:(?!<\/w:p>).)*?ReportTitle(?:(?!<\/w:p>).)*<\/w:p>/.exec(docx.documentXml)?.[0] ?? '';
    expect(title).toContain('<w:t xml:space="preserve">重庆市璧山区科学技术局</w:t></w:r><w:r><w:br/>');
  });
});
