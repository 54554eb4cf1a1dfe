import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDecimalString } from '../money/decimal';
import { decimalString, MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from './decimal-schema';

/** The length rule as first written: split the trimmed, unsigned text at its points. */
function fitsBySplitting(value: string): boolean {
  const [whole = '', fraction = ''] = value.trim().replace(/^[-+]/, '').split('.');
  return whole.length <= MAX_INTEGER_DIGITS && fraction.length <= MAX_FRACTION_DIGITS;
}

const digits = (max: number) => fc.string({ unit: fc.constantFrom('0', '1', '9'), maxLength: max });
const figure = fc
  .tuple(
    fc.constantFrom('', ' ', '-', '+', ' -'),
    digits(24),
    fc.constantFrom('', '.', '..'),
    digits(18),
    fc.constantFrom('', ' '),
  )
  .map((parts) => parts.join(''));

describe('decimalString', () => {
  it('accepts exactly the decimals of at most 20 + 15 digits, counted without splitting the text', () => {
    fc.assert(
      fc.property(figure, (text) => {
        const messages = decimalString.safeParse(text).error?.issues.map((i) => i.message) ?? [];
        const expected = !isDecimalString(text)
          ? ['value.notDecimal']
          : fitsBySplitting(text)
            ? []
            : ['value.decimalTooLong'];
        expect(messages).toEqual(expected);
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([
    ['12345678901234567890.123456789012345', true],
    ['123456789012345678901', false],
    ['-1.1234567890123456', false],
    [' +7. ', true],
  ])('%s fits: %s', (text, fits) => {
    expect(decimalString.safeParse(text).success).toBe(fits);
  });
});
