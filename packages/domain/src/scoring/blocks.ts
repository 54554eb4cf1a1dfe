import { type Decimal, dec, ZERO } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import type { BlockResult, PartResult, ScoredIndicator } from './result';
import { ruleSetOnce } from './rule-set-memo';

/** A running subtotal of one block or part. */
interface Tally {
  indicatorWeight: Decimal;
  score: Decimal;
  indicatorCount: number;
}

/** Each block's position by key, its part positions by key, and the weights parsed: once per rule set. */
const layout = ruleSetOnce((ruleSet) => ({
  blockIndex: new Map(ruleSet.blocks.map((block, b) => [block.key, b])),
  partIndex: ruleSet.blocks.map((block) => new Map((block.parts ?? []).map((part, p) => [part.key, p]))),
  weights: ruleSet.blocks.map((block) => ({
    weight: block.weight === undefined ? undefined : dec(block.weight),
    parts: (block.parts ?? []).map((part) => dec(part.weight)),
  })),
}));

const tally = (): Tally => ({ indicatorWeight: ZERO, score: ZERO, indicatorCount: 0 });

function add(t: Tally, row: ScoredIndicator): void {
  t.indicatorWeight = t.indicatorWeight.plus(row.weight);
  t.score = t.score.plus(row.score);
  t.indicatorCount++;
}

/**
 * Subtotals per rule-set block (and per part), in the rule set's block order; exact sums of rounded
 * rows, added in row order (one pass over the rows, whatever the number of blocks).
 */
export function summariseBlocks(indicators: readonly ScoredIndicator[], ruleSet: RuleSet): BlockResult[] {
  const blocks = ruleSet.blocks;
  const tallies = blocks.map(tally);
  const partTallies = blocks.map((b) => (b.parts ?? []).map(tally));
  const allTagged = blocks.map(() => true);
  const { blockIndex, partIndex, weights } = layout(ruleSet);
  for (const row of indicators) {
    const b = row.block === null ? undefined : blockIndex.get(row.block);
    if (b === undefined) continue;
    const t = tallies[b];
    if (t === undefined) continue;
    add(t, row);
    if (row.partTagged !== true) allTagged[b] = false;
    const p = row.part === undefined ? undefined : partIndex[b]?.get(row.part);
    const pt = p === undefined ? undefined : partTallies[b]?.[p];
    if (pt !== undefined) add(pt, row);
  }
  return blocks.map((block, b) => {
    const t = tallies[b] ?? tally();
    const result: BlockResult = { key: block.key, label: block.label, weight: weights[b]?.weight, ...t };
    if (block.parts && block.parts.length > 0) {
      result.parts = block.parts.map(
        (part, p): PartResult => ({
          key: part.key,
          label: part.label,
          weight: weights[b]?.parts[p] ?? dec(part.weight),
          ...(partTallies[b]?.[p] ?? tally()),
        }),
      );
      result.partsTagged = t.indicatorCount > 0 && allTagged[b] === true;
    }
    return result;
  });
}
