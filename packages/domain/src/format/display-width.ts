/**
 * How wide a text prints, in half-width units: CJK characters and full-width punctuation take two,
 * digits, Latin letters and ASCII signs one. The terminal tables line up by it, the report measures
 * its title lines and table columns by it (a 三号 汉字 is one em, a Times New Roman digit about half).
 */

// East Asian Wide and Full-width ranges (Unicode 15, the parts that occur in budget documents).
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}
