import { describe, expect, it } from 'vitest';
import { LIBRARY_CATEGORY_KEYS } from '../categories';
import { indicatorLibraryEntrySchema } from '../entry';
import { inLibraryTaxonomy, LIBRARY_TAXONOMY } from '../taxonomy';
import { BUILTIN_INDICATOR_LIBRARY } from '.';

const library = BUILTIN_INDICATOR_LIBRARY;

describe('the builtin indicator library', () => {
  it('has between 120 and 200 entries', () => {
    expect(library.length).toBeGreaterThanOrEqual(120);
    expect(library.length).toBeLessThanOrEqual(200);
  });

  it('gives every entry its own id', () => {
    const ids = library.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('places every entry in the 88号/101号 taxonomy, with an id that starts with its place', () => {
    const prefix: Record<string, string> = {
      产出指标: 'output.',
      效益指标: 'benefit.',
      满意度指标: 'satisfaction.',
      成本指标: 'cost.',
    };
    for (const entry of library) {
      expect(inLibraryTaxonomy(entry.level1, entry.level2), entry.id).toBe(true);
      expect(entry.id.startsWith(prefix[entry.level1] ?? '?'), entry.id).toBe(true);
    }
  });

  it('gives every quantitative entry a comparator other than 定性 and a unit, every qualitative one 定性', () => {
    for (const entry of library) {
      if (entry.quantitative) {
        expect(['>=', '<=', '='], entry.id).toContain(entry.comparator);
        expect(entry.unit, entry.id).toBeTruthy();
      } else {
        expect(entry.comparator, entry.id).toBe('qualitative');
      }
    }
  });

  it('has entries in every category, and every 二级指标 of the taxonomy is used', () => {
    for (const key of LIBRARY_CATEGORY_KEYS) {
      expect(library.filter((e) => e.categories.includes(key)).length, key).toBeGreaterThanOrEqual(5);
    }
    for (const [level1, level2s] of Object.entries(LIBRARY_TAXONOMY)) {
      for (const level2 of level2s) {
        expect(
          library.some((e) => e.level1 === level1 && e.level2 === level2),
          `${level1}/${level2}`,
        ).toBe(true);
      }
    }
  });

  it('gives every entry guidance, a value basis and a suggested example, and none is retired', () => {
    for (const entry of library) {
      expect(entry.guidance.length, entry.id).toBeGreaterThan(5);
      expect(entry.basis, entry.id).toBeDefined();
      expect(entry.example, entry.id).toBeDefined();
      expect(entry.retired, entry.id).toBeUndefined();
      expect(indicatorLibraryEntrySchema.safeParse(entry).success, entry.id).toBe(true);
    }
  });

  it("holds an entry for each of seed 004's ten indicators (璧山区科学技术局 2022)", () => {
    // name in the seed → the library entry a preparer takes for it, with the unit the seed counts in
    const seed004: [string, string, string][] = [
      ['预算执行率', 'output.timeliness.budget-execution-rate', '%'],
      ['新增科技型企业数量', 'output.quantity.new-tech-enterprises', '家'],
      ['新增高新技术企业数量', 'output.quantity.new-high-tech-enterprises', '家'],
      ['举办创新创业大赛场次', 'output.quantity.innovation-contests', '场'],
      ['举办科技活动周场次', 'output.quantity.kepu-week-events', '场'],
      ['选派科技特派员人数', 'output.quantity.sci-tech-commissioners', '人'],
      ['技术合同认定个数', 'output.quantity.tech-contracts-registered', '个'],
      ['科技成果认定个数', 'output.quantity.achievements-registered', '个'],
      ['职工满意度', 'satisfaction.beneficiary.staff-satisfaction', '%'],
      ['企业满意度', 'satisfaction.beneficiary.enterprise-satisfaction', '%'],
    ];
    for (const [seedName, id, unit] of seed004) {
      const entry = library.find((e) => e.id === id);
      expect(entry, seedName).toBeDefined();
      expect(entry?.unit, seedName).toBe(unit);
      expect(
        entry?.categories.some((c) => c === 'sciTech' || c === 'general'),
        seedName,
      ).toBe(true);
    }
  });
});
