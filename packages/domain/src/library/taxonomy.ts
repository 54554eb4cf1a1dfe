/**
 * The 一级/二级 indicator taxonomy every library entry sits in: the 共性指标 framework of
 * 财预〔2015〕88号 (产出 数量/质量/时效/成本; 效益 经济/社会/生态/可持续影响; 满意度) with the 成本指标
 * block 财预〔2021〕101号 added (经济/社会/生态环境成本). The names are the ones the forms print.
 */
export const LIBRARY_TAXONOMY = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
} as const satisfies Record<string, readonly string[]>;

export type LibraryLevel1 = keyof typeof LIBRARY_TAXONOMY;
export const LIBRARY_LEVEL1 = Object.keys(LIBRARY_TAXONOMY) as [LibraryLevel1, ...LibraryLevel1[]];

export function isLibraryLevel1(text: string): text is LibraryLevel1 {
  return Object.hasOwn(LIBRARY_TAXONOMY, text);
}

/** Whether 二级 `level2` belongs under 一级 `level1` in the taxonomy. */
export function inLibraryTaxonomy(level1: string, level2: string): boolean {
  if (!isLibraryLevel1(level1)) return false;
  const children: readonly string[] = LIBRARY_TAXONOMY[level1];
  return children.includes(level2);
}
