import { readEvaluationBytes } from '@jixiao/formats';
import {
  buildWorkbook,
  chizhouProjectSheet,
  chongqingUnitWideSheet,
  toCsv,
} from '../../packages/formats/src/sheet-reader/sheet-fixtures';
import { figureLine } from './figures';
import { type BenchSection, MemoryPeak, perSecond, rate, since } from './section';

/**
 * Import speed of the official 自评表: the 池州-style project sheet and the Chongqing 部门整体 sheet as
 * .xlsx (zip check, ExcelJS load, label search, validation) and as CSV, read repeatedly.
 */
const XLSX_READS = 200;
const CSV_READS = 1000;

export const bench: BenchSection = {
  name: 'formats',
  title: '自评表导入（.xlsx / .csv 按标签读取）',
  async run(out) {
    const memory = new MemoryPeak();
    const sheets = [
      ['chizhouProject', chizhouProjectSheet],
      ['chongqingUnitWide', chongqingUnitWideSheet],
    ] as const;
    for (const [key, sheet] of sheets) {
      const xlsx = await buildWorkbook([sheet]);
      let start = performance.now();
      for (let i = 0; i < XLSX_READS; i++) {
        await readEvaluationBytes(xlsx, 'bench.xlsx');
        if (i % 20 === 0) memory.sample();
      }
      let ms = since(start);
      out(
        `${sheet.name} .xlsx (${xlsx.byteLength} bytes): ${XLSX_READS} reads in ${ms.toFixed(0)} ms, ${perSecond(XLSX_READS, ms)}/s`,
      );
      out(figureLine(`formats.${key}.xlsxReadsPerSecond`, rate(XLSX_READS, ms)));
      const csv = new TextEncoder().encode(toCsv(sheet));
      start = performance.now();
      for (let i = 0; i < CSV_READS; i++) await readEvaluationBytes(csv, 'bench.csv');
      ms = since(start);
      out(
        `${sheet.name} .csv (${csv.byteLength} bytes): ${CSV_READS} reads in ${ms.toFixed(0)} ms, ${perSecond(CSV_READS, ms)}/s`,
      );
      out(figureLine(`formats.${key}.csvReadsPerSecond`, rate(CSV_READS, ms)));
    }
    out(memory.describe());
  },
};
