import type { Block, BlockPart, RuleSet } from './rule-set';

/**
 * Matching a row's 一级/二级指标 label to a rule-set block. Documents write the same level in many
 * ways ("产出指标（50分）", "项目产出", "服务对象满意度指标"); they are normalised first, then compared
 * exactly with the block's `matches`. Anything else stays unmatched and the checks report it.
 */

/** Whole-label synonyms after normalising: the left side is how documents write it. */
const SYNONYMS: Record<string, string> = {
  项目产出: '产出',
  项目效益: '效益',
  项目效果: '效果',
  服务对象满意度: '满意度',
  社会公众或服务对象满意度: '满意度',
  社会公众满意度: '满意度',
  满意: '满意度',
  可持续影响效益: '可持续影响',
  可持续发展: '可持续影响',
};

export function normaliseLevel(label: string): string {
  let s = label.normalize('NFKC').replace(/\s+/g, '');
  // "产出指标（50分）", "效益指标(30)": the weight in brackets is not part of the name.
  s = s.replace(/[(（][^()（）]*[)）]$/u, '');
  s = s.replace(/^[一二三四五六七八九十\d]+[、.．]/u, '');
  s = s.replace(/(类)?指标$/u, '');
  return SYNONYMS[s] ?? s;
}

function matchesLabel(patterns: readonly string[], normalised: string): 'exact' | 'wildcard' | undefined {
  if (patterns.some((p) => p !== '*' && normaliseLevel(p) === normalised)) return 'exact';
  return patterns.includes('*') ? 'wildcard' : undefined;
}

export interface BlockMatch {
  block: Block;
  part?: BlockPart;
  /** The part was named by the row (its 二级 or 一级 label), not taken by a "*" catch-all. */
  partTagged: boolean;
}

export function matchBlock(ruleSet: RuleSet, level1: string, level2?: string): BlockMatch | undefined {
  const n1 = normaliseLevel(level1);
  const block =
    ruleSet.blocks.find((b) => matchesLabel(b.matches, n1) === 'exact') ??
    ruleSet.blocks.find((b) => matchesLabel(b.matches, n1) === 'wildcard');
  if (!block) return undefined;
  if (!block.parts || block.parts.length === 0) return { block, partTagged: false };
  const labels = [level2, level1].filter((l): l is string => !!l && l.trim() !== '').map(normaliseLevel);
  for (const l of labels) {
    const part = block.parts.find((p) => matchesLabel(p.matches, l) === 'exact');
    if (part) return { block, part, partTagged: true };
  }
  const catchAll = block.parts.find((p) => p.matches.includes('*'));
  // A 二级 label that is not a named part still tags the row (e.g. 社会效益 → the other-benefit part).
  const tagged = !!level2 && level2.trim() !== '';
  return catchAll ? { block, part: catchAll, partTagged: tagged } : { block, partTagged: false };
}
