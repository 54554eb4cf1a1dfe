/**
 * What an English text may contain in Chinese, precisely:
 *   1. quoted data — anything inside 「…」, “…” or "…" (one line), which is how the English tables quote
 *      file names, cell text and names a user typed;
 *   2. user data given verbatim — each string of the input (a unit's name in a table cell, a reason);
 *   3. an official name next to its English gloss — "output indicators (产出指标)" or "产出指标 (output
 *      indicators)" — for the names the glossary and the rule sets gloss.
 * Everything else Chinese (Han characters, CJK or full-width punctuation) is a sentence that was not
 * translated. Returns the lines that still hold such characters, after removing 1–3.
 */
export interface Gloss {
  zh: string;
  en: string;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const QUOTED = [/「[^」\n]*」/g, /“[^”\n]*”/g, /"[^"\n]*"/g];

export function untranslatedLines(
  text: string,
  allowed: { data?: Iterable<string>; glosses?: readonly Gloss[] } = {},
): string[] {
  const data = [...(allowed.data ?? [])].filter((d) => CJK.test(d)).sort((a, b) => b.length - a.length);
  const glossed = (allowed.glosses ?? []).flatMap((g) => [`${g.en} (${g.zh})`, `${g.zh} (${g.en})`]);
  return text.split('\n').filter((line) => {
    // Glossed names whole first (a datum may be part of one: 效益指标 in 其他效益指标), then the input's
    // own text (it may hold quotes of its own: 评价报告：“项目产出50.45分”), then quotes.
    let rest = line;
    for (const pair of glossed) rest = rest.split(pair).join(' ');
    for (const d of data) rest = rest.split(d).join(' ');
    for (const quote of QUOTED) rest = rest.replace(quote, ' ');
    return CJK.test(rest);
  });
}

/** Every string inside a JSON-like value (the user data of an input file). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}
