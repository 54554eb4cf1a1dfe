import { type Evaluation, NARRATIVE_SECTIONS, parseEvaluation } from '@jixiao/domain';
import { parseJsonText } from './json-text';

/** Reads an evaluation saved as JSON (jixiao.evaluation); every problem comes back located and in Chinese. */
export function readEvaluationJson(text: string, fileName: string): Evaluation {
  return parseEvaluation(parseJsonText(text, fileName), { file: fileName });
}

/**
 * Writes an evaluation as JSON a person can diff: validated, keys in the model's order (format and kind
 * first, then unit, funds, indicators…), report sections in outline order, 2-space indent, final newline.
 * Writing the same evaluation twice gives the same bytes whatever order its keys were built in.
 */
export function writeEvaluationJson(evaluation: Evaluation): string {
  const canonical = parseEvaluation(evaluation);
  const narrative: Record<string, string> = {};
  for (const section of NARRATIVE_SECTIONS) {
    const text = canonical.narrative[section];
    if (text !== undefined) narrative[section] = text;
  }
  return `${JSON.stringify({ ...canonical, narrative }, null, 2)}\n`;
}
