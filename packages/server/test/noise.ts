/**
 * Text the database cannot compress much: pseudo-random CJK characters from a fixed seed (three bytes each in
 * UTF-8), for tests that fill a storage quota.
 */
export function noise(chars: number, seed: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < chars; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(0x4e00 + (x % 20000));
  }
  return out;
}
