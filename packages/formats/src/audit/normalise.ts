import { halfWidthCharacters } from '@jixiao/domain';
import { Converter } from 'opencc-js/t2cn';

/**
 * Text normalisation for reports written elsewhere (Word, WPS, PDF exports, copy-paste). Real documents
 * carry full-width digits and signs (mapped by the domain's `halfWidthCharacters`, as for every reader of
 * official wording), thousands separators, Word bookmark markup, "？" left by a bad encoding after a
 * number, and numbers broken across lines. Everything later (number parsing, extraction) assumes the text
 * went through `normaliseText` first. The function is idempotent: normalising twice changes nothing more.
 *
 * Chinese clause punctuation (，。：；（）) is kept as it is: a full-width comma is a clause separator, never a
 * thousands separator ("分别为12，34" must stay two numbers).
 *
 * Pages copied from sites that offer a traditional view arrive in traditional characters, often with the
 * pinyin of each character after it ("衛(wèi)生" → "卫生", "項(xiàng)目" → "项目"): the annotation goes, then OpenCC
 * turns traditional into simplified (simplified text passes unchanged). Numbers doubled by overlapping text
 * layers or OCR are undone only when the doubling is provable: every character doubled and the doubled
 * token impossible as written ("1122..55" → "12.5", "9955%%" → "95%"), or a whole line of at least eight
 * characters made of doubled pairs ("项项目目名名称称" → "项目名称"). "9944" or "650650" stay as written.
 */

let toSimplified: ((text: string) => string) | undefined;

/** Traditional → simplified (OpenCC, Taiwan and standard variants); the converter is built on first use. */
function simplified(text: string): string {
  // Text without Han characters has nothing to convert.
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) return text;
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  return toSimplified(text);
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
/** "(wèi)" right after a Han character: Latin letters with at least one tone mark or ü. */
const PINYIN_TONED = new RegExp(
  `(?<=[\\u3400-\\u9fff])[(（][a-z${TONED}]*[${TONED}][a-z${TONED}]*[)）]`,
  'g',
);
/** A toneless pinyin syllable ("(de)"), stripped only in a text that carries toned annotations too. */
const PINYIN_PLAIN =
  /(?<=[\u3400-\u9fff])[(（](?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouv]{1,3})(?:ng|n|r)?[)）]/g;

function stripPinyin(text: string): string {
  const toned = text.match(PINYIN_TONED);
  if (!toned) return text;
  const out = text.replace(PINYIN_TONED, '');
  return toned.length >= 2 ? out.replace(PINYIN_PLAIN, '') : out;
}

/** A number whose every character is doubled, holding ".." or "%%" (impossible in a real number). */
const DOUBLED_NUMBER = /(?<![\d.%])(?:(\d)\1|\.\.|%%){2,}(?![\d.%])/g;

function undoubleNumbers(text: string): string {
  return text.replace(DOUBLED_NUMBER, (m) => (/\.\.|%%/.test(m) ? m.replace(/(.)\1/g, '$1') : m));
}

/** A line of at least eight characters that is nothing but doubled pairs, four of them different. */
function undoubleLine(line: string): string {
  const t = line.trim();
  if (t.length < 8 || t.length % 2 !== 0) return line;
  const pairs: string[] = [];
  for (let i = 0; i < t.length; i += 2) {
    if (t[i] !== t[i + 1]) return line;
    pairs.push(t[i] ?? '');
  }
  if (new Set(pairs).size < 4) return line;
  return line.replace(t, pairs.join(''));
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Word/pandoc bookmark and anchor markup: "[bookmark: _Toc131175002]", "{#_Toc123 .anchor}". */
const BOOKMARK = /\[bookmark:[^\]\n]*\]|\{#[^}\n]*\}/g;
/** A grouped number with ASCII commas: 1,234 / 4,631,052.88 (groups of exactly three digits). */
const THOUSANDS = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])/g;
/** "？" or "?" that a bad encoding left between a number and its unit or the end of the clause. */
const ENCODING_QUESTION = /(\d)[?？]+(?=[%万元亿个家人名项件次篇所场辆批台座天分倍]|[\s，。；、,;)）]|$)/gm;

export function normaliseText(input: string): string {
  // One step can enable another (removing a space lets a broken decimal join), so passes repeat until
  // nothing changes. After the first pass every change shortens the text, so this ends; the cap is a guard.
  let current = normalisePass(simplified(stripPinyin(input)));
  for (let pass = 0; pass < 10; pass++) {
    const next = normalisePass(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

function normalisePass(input: string): string {
  let s = input.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '');
  s = halfWidthCharacters(s);
  s = s.replace(BOOKMARK, '');
  s = s.split('\n').map(undoubleLine).join('\n');
  s = undoubleNumbers(s);
  s = s.replace(/[ \t]+/g, (m) => (m.includes('\t') ? '\t' : ' '));
  // Before joining broken decimals: "0？\n.5" must become "0\n.5" and then one number, in one pass.
  s = s.replace(ENCODING_QUESTION, '$1');
  // A decimal broken across a line end ("1209.\n56", "1209\n.56") is one number.
  // A line holding only "1." is a list number, not half a decimal.
  s = s.replace(/([^\s\d][\d]*\d\.)[ \t]*\n[ \t]*(?=\d)/g, '$1');
  s = s.replace(/([^\s\d][\d]*\d)[ \t]*\n[ \t]*(?=\.\d)/g, '$1');
  // "２，４００．００": a full-width comma between digits and exactly three more before a decimal point groups thousands.
  s = s.replace(/(?<![\d.])\d{1,3}(?:，\d{3})+(?=\.\d)/g, (m) => m.replace(/，/g, ''));
  s = s.replace(THOUSANDS, (m) => m.replace(/,/g, ''));
  // Spaces between a number and the Chinese around it carry no meaning ("为 2931.88 万元").
  s = s.replace(/(\d) +(?=[%万元亿个家人名项件次篇所场辆批台座天分倍年月日])/g, '$1');
  s = s.replace(/([\u4e00-\u9fff：:，（(]) +(?=[\d+-])/g, '$1');
  s = s.replace(/(\d) +(?=[\u4e00-\u9fff，。；、])/g, '$1');
  return s;
}
