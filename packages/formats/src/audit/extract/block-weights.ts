import { findNumbers, type NumberToken } from '@jixiao/domain';
import type { Evidence } from '../document';
import { labelBefore, type Sentence, sentenceEvidence } from './units';

/**
 * A sentence that sets the level-1 weights: "预算执行率10分、产出指标50分、效益指标30分、满意度指标10分",
 * with the total it states ("总分100分", "满分100分"), or 100 when the weights are percentages.
 */
export interface BlockWeights {
  parts: Array<{ label: string; token: NumberToken }>;
  statedTotal?: NumberToken;
  evidence: Evidence;
}

const BLOCK =
  /(预算执行率?|执行率|产出|效益|效果|满意度|可持续影响|决策|过程|管理|投入)(?:指标)?(?:的?权重|分值)?(?:为|占)?(?:[（(]|$)/;

export function extractBlockWeights(sentences: readonly Sentence[]): BlockWeights[] {
  const out: BlockWeights[] = [];
  for (const s of sentences) {
    if (!/权重|分值|设置为|满分|总分/.test(s.text) || /得分|自评分/.test(s.text)) continue;
    const parts: BlockWeights['parts'] = [];
    let statedTotal: NumberToken | undefined;
    for (const t of findNumbers(s.text)) {
      if (t.unit !== 'score' && t.unit !== 'percent') continue;
      const label = labelBefore(s.text, t.start).replace(/[（(]$/, '');
      if (/总分|满分|合计|总计|共计/.test(label)) {
        statedTotal = t;
        continue;
      }
      const m = BLOCK.exec(`${label.slice(-12)}`);
      if (m && label.length <= 30 && !/达到|得分|完成|执行率为|实际/.test(label))
        parts.push({ label, token: t });
    }
    const units = new Set(parts.map((p) => p.token.unit));
    if (parts.length < 3 || units.size !== 1) continue;
    out.push({
      parts,
      ...(statedTotal ? { statedTotal } : {}),
      evidence: sentenceEvidence(
        s,
        parts[0]?.token.start ?? 0,
        (statedTotal ?? parts[parts.length - 1]?.token)?.end,
      ),
    });
  }
  return out;
}
