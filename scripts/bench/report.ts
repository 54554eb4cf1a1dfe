import { readFile } from 'node:fs/promises';
import { evaluate, getRuleSet, parseEvaluation } from '@jixiao/domain';
import { renderDocuments } from '@jixiao/formats';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { figureLine } from './figures';
import { type BenchSection, MemoryPeak, perSecond, rate, since } from './section';

/**
 * Document generation: 1,000 自评报告 (.docx) and 1,000 自评表 (.xlsx) from seed 004, each built from
 * scratch (outline, sentences, styles, zip). Baselines in the same run: an empty document with the same
 * library (docx: one empty paragraph; ExcelJS: one empty sheet), so the ratio shows what our content costs
 * over the library's fixed price. PDF is not measured here (LibreOffice, about 1–2 s per batch start).
 */
const REPORTS = 1_000;

async function timeIt(count: number, memory: MemoryPeak, make: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    await make();
    if (i % 50 === 0) memory.sample();
  }
  return since(start);
}

export const bench: BenchSection = {
  name: 'report',
  title: '文档生成（自评报告 .docx / 自评表 .xlsx）',
  async run(out) {
    const memory = new MemoryPeak();
    const path = new URL('../../examples/seeds/seed-004.json', import.meta.url);
    const evaluation = parseEvaluation(JSON.parse(await readFile(path, 'utf8')));
    const ruleSet = getRuleSet(evaluation.ruleSet);
    const { result, findings } = evaluate(evaluation, ruleSet);
    const input = { evaluation, result, ruleSet, findings };

    const emptyDocx = await timeIt(REPORTS, memory, () =>
      Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] })),
    );
    const docx = await timeIt(REPORTS, memory, () => renderDocuments('bench', input, ['docx']));
    out(`报告 .docx：${REPORTS} 份 ${(docx / 1000).toFixed(2)} s，${perSecond(REPORTS, docx)} 份/秒`);
    out(
      `  空白 docx（同一库）：${(emptyDocx / 1000).toFixed(2)} s，${perSecond(REPORTS, emptyDocx)} 份/秒；比值 ${(docx / emptyDocx).toFixed(1)}×`,
    );
    out(figureLine('report.docxPerSecond', rate(REPORTS, docx)));
    out(figureLine('report.docxEmptyRatio', docx / emptyDocx, 'time ÷ an empty .docx'));

    const emptyXlsx = await timeIt(REPORTS, memory, async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Sheet1');
      return wb.xlsx.writeBuffer();
    });
    const xlsx = await timeIt(REPORTS, memory, () => renderDocuments('bench', input, ['xlsx']));
    out(`自评表 .xlsx：${REPORTS} 份 ${(xlsx / 1000).toFixed(2)} s，${perSecond(REPORTS, xlsx)} 份/秒`);
    out(
      `  空白 xlsx（同一库）：${(emptyXlsx / 1000).toFixed(2)} s，${perSecond(REPORTS, emptyXlsx)} 份/秒；比值 ${(xlsx / emptyXlsx).toFixed(1)}×`,
    );
    out(figureLine('report.xlsxPerSecond', rate(REPORTS, xlsx)));
    out(figureLine('report.xlsxEmptyRatio', xlsx / emptyXlsx, 'time ÷ an empty .xlsx'));

    out(`内存：${memory.describe()}`);
  },
};
