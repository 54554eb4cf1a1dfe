import { describe, expect, it } from 'vitest';
import { JixiaoError } from '../errors';
import { parseEvaluation } from './parse';

const base = {
  kind: 'project',
  fiscalYear: 2022,
  unit: { name: '棠溪镇人民政府' },
  project: { name: '农村道路养护' },
  funds: { total: {} },
};

/** The keys of the issues parseEvaluation raises for `input`, with their paths; [] when it is accepted. */
function problems(input: object): string[] {
  try {
    parseEvaluation({ ...base, ...input });
    return [];
  } catch (e) {
    if (!(e instanceof JixiaoError)) throw e;
    return e.issues.map((i) => `${i.location?.path}: ${i.message.key}`);
  }
}

const budget = (adjustedBudget: string) => ({ funds: { total: { adjustedBudget } } });
const TOO_LONG = 'funds.total.adjustedBudget: value.decimalTooLong';

describe('decimal strings are limited to what money needs', () => {
  it.each([
    ['20 digits before the point', '12345678901234567890', []],
    ['21 digits before the point', '123456789012345678901', [TOO_LONG]],
    ['15 digits after the point', '0.123456789012345', []],
    ['16 digits after the point', '0.1234567890123456', [TOO_LONG]],
    ['a sign does not count as a digit', '+12345678901234567890.5', []],
    ['both limits at once', '12345678901234567890.123456789012345', []],
    ['3,000,000 digits', '9'.repeat(3_000_000), [TOO_LONG]],
    ['not a number at all, reported once', 'x'.repeat(50), ['funds.total.adjustedBudget: value.notDecimal']],
  ])('%s', (_, value, expected) => {
    expect(problems(budget(value))).toEqual(expected);
  });

  it('refuses the 3,000,000-digit 全年预算数 with a message naming the field', () => {
    const error = (() => {
      try {
        parseEvaluation({ ...base, ...budget('9'.repeat(3_000_000)) });
      } catch (e) {
        return e instanceof JixiaoError ? e : undefined;
      }
    })();
    const issue = error?.issues[0];
    expect(issue?.location?.label?.zh).toBe('项目资金·年度资金总额「全年预算数」');
    expect(issue?.message.text.zh).toBe('数字过长：整数部分最多 20 位，小数部分最多 15 位');
  });
});

describe('text fields are limited in length', () => {
  it.each([
    ['a project name of 200 characters', { project: { name: '路'.repeat(200) } }, []],
    [
      'a project name of 201 characters',
      { project: { name: '路'.repeat(201) } },
      ['project.name: value.nameTooLong'],
    ],
    ['a unit name of 201 characters', { unit: { name: 'a'.repeat(201) } }, ['unit.name: value.nameTooLong']],
    ['a narrative of 20,000 characters', { narrative: { projectOverview: '问'.repeat(20_000) } }, []],
    [
      'a narrative of 20,001 characters',
      { narrative: { projectOverview: '问'.repeat(20_001) } },
      ['narrative.projectOverview: value.textTooLong'],
    ],
  ])('%s', (_, input, expected) => {
    expect(problems(input)).toEqual(expected);
  });
});
