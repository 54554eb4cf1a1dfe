/**
 * A generated sentence keeps, beside its text, every figure it shows and where that figure came from
 * (a field path or the computation), so a reviewer who doubts a number finds its source.
 */
export interface NarrativeFigure {
  /** The figure exactly as printed in the sentence ("42.42%", "2931.88万元", "优"). */
  value: string;
  /** The field path or computation it comes from ("result.execution.ratePercent = funds.total.executed / funds.total.adjustedBudget × 100"). */
  source: string;
}

export interface NarrativeSentence {
  text: string;
  figures: NarrativeFigure[];
}

/** A piece of a sentence: plain text, or a figure with its source. */
export type SentencePart = string | NarrativeFigure;

export function figure(value: string, source: string): NarrativeFigure {
  return { value, source };
}

/**
 * Writes a sentence from parts; figures are printed by value and remembered with their source.
 * `sentence('预算执行率为', figure('42.42%', 'execution.ratePercent'), '。')`.
 */
export function sentence(...parts: SentencePart[]): NarrativeSentence {
  let text = '';
  const figures: NarrativeFigure[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
    } else {
      text += part.value;
      figures.push(part);
    }
  }
  return { text, figures };
}

/** Joins sentences into one paragraph (Chinese sentences need no space between them). */
export function joinSentences(sentences: readonly NarrativeSentence[]): NarrativeSentence {
  return {
    text: sentences.map((s) => s.text).join(''),
    figures: sentences.flatMap((s) => s.figures),
  };
}

/** Text the unit wrote, taken as entered: it shows no computed figure. */
export function entered(text: string): NarrativeSentence {
  return { text, figures: [] };
}
