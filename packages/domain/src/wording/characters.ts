/**
 * The characters official wording is typed with, mapped to one form. Word, WPS and the 一体化 systems
 * write full-width digits ("９８．５％"), full-width or doubled signs ("＞＝", "≧", "═") and odd spaces;
 * the readers here and the report audit see one alphabet.
 *
 * `halfWidthCharacters` maps character for character (every space stays one space), so positions in a
 * document still point at the same text; `normaliseWording` is for a single cell or phrase and also
 * drops spaces and thousands separators.
 */

const FULL_WIDTH_DIGIT_OR_LATIN = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const SIGNS: Record<string, string> = {
  '．': '.',
  '％': '%',
  '﹪': '%',
  '＋': '+',
  '－': '-',
  '−': '-',
  '／': '/',
  '＝': '=',
  '＜': '<',
  '＞': '>',
  '≧': '≥',
  '≦': '≤',
  '⩾': '≥',
  '⩽': '≤',
  '═': '=',
  '﹦': '=',
  '﹢': '+',
  '﹣': '-',
  '﹤': '<',
  '﹥': '>',
  '\u3000': ' ',
  '\u00A0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
};
const SIGN_CLASS = new RegExp(`[${Object.keys(SIGNS).join('')}]`, 'g');

function toHalfWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/**
 * Full-width digits, letters and signs to ASCII, look-alikes to the one sign (≧/⩾ to ≥, ≦/⩽ to ≤, ═ to =, small
 * forms ﹢﹣﹤﹥﹦), special spaces to " "; length is kept.
 */
export function halfWidthCharacters(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT_OR_LATIN, toHalfWidth).replace(SIGN_CLASS, (c) => SIGNS[c] ?? c);
}

/**
 * One cell or phrase of official wording in canonical form: half-width, no spaces, no thousands
 * separators ("1,200" and "1，200" → "1200"), and each sign written one way: "═"/"==" → "=", ">=" → "≥",
 * "<=" → "≤". Idempotent.
 */
export function normaliseWording(text: string): string {
  return halfWidthCharacters(text)
    .replace(/\s+/g, '')
    .replace(/(?<=\d)[,，](?=\d{3}(?:\D|$))/g, '')
    .replace(/[═=]{2,}|═/g, '=')
    .replace(/>=/g, '≥')
    .replace(/<=/g, '≤');
}
