import type { Check } from '../check';
import type { Finding } from '../finding';
import { finding } from '../support/finding';
import { show } from '../support/format';

/**
 * Where the rule set fixes a block's points (产出 50 / 效益 30 / 满意度 10), the indicators in the block must
 * add up to them. 10号 says "原则上", and moves weight when no 满意度指标 is set, so this is a warning.
 */
export const blockWeightMismatch: Check = {
  code: 'weights.block-mismatch',
  severity: 'warning',
  title: { zh: '一级指标分值与规则集不符', en: 'Block weights differ from the rule set' },
  run({ evaluation, result }) {
    if (evaluation.indicators.length === 0) return [];
    const out: Finding[] = [];
    for (const block of result.blocks) {
      if (block.weight === undefined || block.indicatorWeight.eq(block.weight)) continue;
      out.push(
        finding(blockWeightMismatch, {
          location: { path: `blocks.${block.key}`, label: `一级指标「${block.label}」分值` },
          expected: show(block.weight),
          actual: show(block.indicatorWeight),
          numbers: {
            blockWeight: show(block.weight),
            indicatorWeightSum: show(block.indicatorWeight),
            indicatorCount: String(block.indicatorCount),
          },
          message: {
            zh: `「${block.label}」下 ${block.indicatorCount} 个三级指标分值合计 ${show(block.indicatorWeight)} 分，规则集规定为 ${show(block.weight)} 分`,
            en: `The ${block.indicatorCount} indicators under "${block.label}" weigh ${show(block.indicatorWeight)} points; the rule set gives ${show(block.weight)}`,
          },
        }),
      );
    }
    return out;
  },
};
