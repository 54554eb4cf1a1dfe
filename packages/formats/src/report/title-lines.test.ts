import { buildReport, displayWidth } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { loadSeed, SEED_IDS } from './seed-support';
import { TITLE_LINE_UNITS, titleLines, titleWords } from './title-lines';

describe('titleWords', () => {
  it('cuts a title into its name, year, kind and report noun', () => {
    expect(titleWords('重庆市璧山区科学技术局2022年度部门整体支出绩效自评报告')).toEqual([
      '重庆市璧山区科学技术局',
      '2022年度',
      '部门整体支出',
      '绩效自评报告',
    ]);
    expect(titleWords('西城区科协全区科普经费项目2024年度项目支出绩效自评报告')).toEqual([
      '西城区科协全区科普经费项目',
      '2024年度',
      '项目支出',
      '绩效自评报告',
    ]);
  });

  it('breaks a name wider than a line after its administrative levels', () => {
    expect(titleWords('湖南省益阳市资阳区科学技术协会机关服务中心2021年度部门整体支出绩效自评报告')).toEqual([
      '湖南省',
      '益阳市',
      '资阳区',
      '科学技术协会机关服务中心',
      '2021年度',
      '部门整体支出',
      '绩效自评报告',
    ]);
  });
});

describe('titleLines', () => {
  it('allows 20 二号 characters (40 half-width units) a line: 8845 twips ÷ 440 twips = 20.1', () => {
    expect(TITLE_LINE_UNITS).toBe(40);
  });

  it('keeps a title that fits one line whole', () => {
    // 4 + 8 + 8 + 12 = 32 units ≤ 40
    expect(titleLines('某某单位2022年度项目支出绩效自评报告')).toEqual([
      '某某单位2022年度项目支出绩效自评报告',
    ]);
  });

  it('sets seed 004 as a trapezoid: the unit (22 units) over the year, kind and noun (8 + 12 + 12 = 32)', () => {
    // The other two-line cut, "…科学技术局2022年度" (30) over "部门整体支出绩效自评报告" (24), is an
    // inverted trapezoid; "…局2022年度部门整体支出" (42) does not fit.
    expect(titleLines('重庆市璧山区科学技术局2022年度部门整体支出绩效自评报告')).toEqual([
      '重庆市璧山区科学技术局',
      '2022年度部门整体支出绩效自评报告',
    ]);
  });

  it('takes three lines when two cannot fit, the trapezoid with the most even lines (18 | 24 | 32)', () => {
    // Words 6,6,6,24,8,12,12 = 74 units: no cut leaves both halves ≤ 40. Rising three-line cuts are
    // 18|24|32 (spread 14) and 12|30|32 (spread 20).
    expect(titleLines('湖南省益阳市资阳区科学技术协会机关服务中心2021年度部门整体支出绩效自评报告')).toEqual([
      '湖南省益阳市资阳区',
      '科学技术协会机关服务中心',
      '2021年度部门整体支出绩效自评报告',
    ]);
  });

  it('takes fewer lines over a better shape: a 19-character name (38) over 32 units, not three lines', () => {
    // 38 + 8 = 46 cannot share a line, so the only two-line cut is 38 | 32, an inverted trapezoid.
    const title = `${'甲'.repeat(19)}2022年度部门整体支出绩效自评报告`;
    expect(titleLines(title)).toEqual(['甲'.repeat(19), '2022年度部门整体支出绩效自评报告']);
  });

  it.each(SEED_IDS)('breaks the title of %s only between words, each line within the width', async (id) => {
    const seed = await loadSeed(id);
    const { title } = buildReport(seed.evaluation, seed.result, seed.ruleSet, seed.findings);
    const lines = titleLines(title);
    expect(lines.join('')).toBe(title);
    const words = titleWords(title);
    const boundaries = new Set(words.map((_, i) => words.slice(0, i + 1).join('').length));
    let at = 0;
    for (const line of lines) {
      at += line.length;
      expect(boundaries.has(at)).toBe(true);
      expect(displayWidth(line)).toBeLessThanOrEqual(40);
    }
    expect(lines.some((l) => l.endsWith('整') || l.endsWith('自'))).toBe(false);
  });
});
