import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas } from './json-schemas';

const schemasDir = new URL('../../../../schemas/', import.meta.url);

describe('published JSON Schema files', () => {
  for (const [name, expected] of Object.entries(generateJsonSchemas())) {
    it(`schemas/${name} equals what scripts/generate-schemas.ts produces (run it after changing the model)`, () => {
      expect(readFileSync(new URL(name, schemasDir), 'utf8')).toBe(expected);
    });
  }

  it('writes the decimal-string pattern that the zod refinement checks', () => {
    const schema = JSON.parse(generateJsonSchemas()['evaluation.schema.json']);
    const weight = schema.properties.indicators.items.properties.weight;
    expect(weight.type).toBe('string');
    const pattern = new RegExp(weight.pattern);
    expect(pattern.test('12.5')).toBe(true);
    expect(pattern.test('-1')).toBe(false);
    // A weight of 0 is refused like in the model: an indicator worth nothing is a typing error.
    expect(pattern.test('0')).toBe(false);
    expect(pattern.test('0.00')).toBe(false);
    expect(pattern.test('0.5')).toBe(true);
    expect(pattern.test('abc')).toBe(false);
  });
});
