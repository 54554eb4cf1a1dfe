import { describe, expect, it } from 'vitest';
import { DECIMAL_MAX_LENGTH, textMaxLength } from './field-limits';

describe('text inputs carry the schema length limits', () => {
  it.each([
    ['unit.name', 200],
    ['unit.region.name', 200],
    ['project.implementingUnit', 200],
    ['indicators[3].name', 200],
    ['indicators[3].target.unit', 200],
    ['indicators[3].target.text', 20_000],
    ['executionManualScore.reason', 20_000],
    ['narrative.projectOverview', 20_000],
    ['goals[0].expected', 20_000],
  ])('%s → %i characters', (path, expected) => {
    expect(textMaxLength(path)).toBe(expected);
  });

  it('lets a decimal input hold 20 + 15 digits with sign, point and six separators', () => {
    // "-12,345,678,901,234,567,890.123456789012345": 20 + 15 digits, 1 sign, 1 point, 6 commas = 43.
    expect(DECIMAL_MAX_LENGTH).toBe(43);
  });
});
