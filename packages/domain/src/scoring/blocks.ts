import { dec, sum } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import type { BlockResult, PartResult, ScoredIndicator } from './result';

/** Subtotals per rule-set block (and per part), in the rule set's block order; exact sums of rounded rows. */
export function summariseBlocks(indicators: readonly ScoredIndicator[], ruleSet: RuleSet): BlockResult[] {
  return ruleSet.blocks.map((block) => {
    const rows = indicators.filter((i) => i.block === block.key);
    const result: BlockResult = {
      key: block.key,
      label: block.label,
      weight: block.weight === undefined ? undefined : dec(block.weight),
      indicatorWeight: sum(rows.map((r) => r.weight)),
      score: sum(rows.map((r) => r.score)),
      indicatorCount: rows.length,
    };
    if (block.parts && block.parts.length > 0) {
      result.parts = block.parts.map((part): PartResult => {
        const inPart = rows.filter((r) => r.part === part.key);
        return {
          key: part.key,
          label: part.label,
          weight: dec(part.weight),
          indicatorWeight: sum(inPart.map((r) => r.weight)),
          score: sum(inPart.map((r) => r.score)),
          indicatorCount: inPart.length,
        };
      });
      result.partsTagged = rows.length > 0 && rows.every((r) => r.partTagged === true);
    }
    return result;
  });
}
