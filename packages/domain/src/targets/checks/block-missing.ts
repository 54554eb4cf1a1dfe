import type { Finding } from '../../checks/finding';
import { finding } from '../../checks/support/finding';
import { matchBlock } from '../../rules/match';
import { type TargetCheck, targetRulesOf } from '../check';

/**
 * Every 一级 block the rule set requires has at least one indicator: the blocks listed in
 * `targets.requiredBlocks`, else every block with a weight (an unweighted block, 湖北's, is optional).
 * Rows are matched to blocks with the evaluation's matcher, so "项目产出" counts for 产出指标.
 */
export const blockMissing: TargetCheck = {
  code: 'target.block-missing',
  severity: 'error',
  title: { zh: '缺少规则集要求的一级指标', en: 'A required level-1 block is missing' },
  run({ declaration, ruleSet }) {
    const required = targetRulesOf(ruleSet).requiredBlocks;
    const blocks = ruleSet.blocks.filter((b) =>
      required ? required.includes(b.key) : b.weight !== undefined,
    );
    const present = new Set(
      declaration.indicators.map((i) => matchBlock(ruleSet, i.level1, i.level2)?.block.key),
    );
    const out: Finding[] = [];
    for (const block of blocks) {
      if (present.has(block.key)) continue;
      out.push(
        finding(blockMissing, {
          location: { path: 'indicators', label: `绩效指标「${block.label}」` },
          expected: block.label,
          message: {
            zh: `申报表没有「${block.label}」下的绩效指标：规则集「${ruleSet.name}」要求填报此一级指标`,
            en: `The declaration has no indicator under "${block.label}", which rule set "${ruleSet.name}" requires`,
          },
        }),
      );
    }
    return out;
  },
};
