import { type Decimal, dec, sum } from '../../money/decimal';
import type { Check } from '../check';
import type { Finding } from '../finding';
import { blockForStatedName, EXECUTION_BLOCK, sameLevel1 } from '../support/blocks';
import { finding } from '../support/finding';
import { show } from '../support/format';
import { normaliseLabel } from '../support/stated';

/**
 * The points a document gives each part ("产出指标（50分）", seed 001 "产出指标55%") against the rule
 * set: the execution weight for 预算执行, the block's weight where the rule set fixes one, else the
 * weights of the indicators under that 一级指标. A difference usually means the wrong rule set was chosen
 * or a local variation, hence a warning.
 */
export const statedBlockWeightMismatch: Check = {
  code: 'weights.stated-block-mismatch',
  severity: 'warning',
  title: { zh: '所列各部分分值与规则集不符', en: 'Stated block weights differ from the rule set' },
  run({ evaluation, ruleSet }) {
    const out: Finding[] = [];
    evaluation.stated.blockScores.forEach((stated, i) => {
      if (stated.weight === undefined) return;
      let expected: Decimal | undefined;
      let source: string;
      if (EXECUTION_BLOCK.test(normaliseLabel(stated.block))) {
        expected = dec(ruleSet.execution.weight);
        source = `规则集「${ruleSet.name}」的预算执行率分值`;
      } else {
        const block = blockForStatedName(ruleSet, stated.block);
        if (block?.weight !== undefined) {
          expected = dec(block.weight);
          source = `规则集「${ruleSet.name}」的「${block.label}」分值`;
        } else {
          const rows = evaluation.indicators.filter((ind) => sameLevel1(ind.level1, stated.block));
          if (rows.length > 0) expected = sum(rows.map((ind) => dec(ind.weight)));
          source = '该部分三级指标分值之和';
        }
      }
      if (expected === undefined || dec(stated.weight).eq(expected)) return;
      out.push(
        finding(statedBlockWeightMismatch, {
          location: { path: `stated.blockScores[${i}].weight`, label: `「${stated.block}」分值` },
          expected: show(expected),
          actual: stated.weight,
          numbers: { statedWeight: stated.weight, expectedWeight: show(expected) },
          message: {
            zh: `所列「${stated.block}」分值为 ${stated.weight} 分，${source}为 ${show(expected)} 分`,
            en: `"${stated.block}" is given ${stated.weight} points; the rule set (or its indicators) give ${show(expected)}`,
          },
        }),
      );
    });
    return out;
  },
};
