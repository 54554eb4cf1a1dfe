import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decimalString } from './decimal-schema';
import { COMPARATORS } from './evaluation';
import { issueMessage } from './parse';

/** The one issue a schema finds in an input, worded for a person. */
function worded(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected an issue');
  const [issue] = result.error.issues;
  if (!issue) throw new Error('expected an issue');
  return issueMessage(issue).text;
}

/** Words no preparer should meet in a message: type names, JSON words, codes. */
const DEVELOPER_WORDS = /object|undefined|string|null|array|boolean|JSON|字符串|对象|期望|无效输入/;

describe('every kind of schema issue as a sentence a preparer understands', () => {
  it.each([
    [
      'a missing field (invalid_type, nothing given)',
      z.object({ a: z.string() }),
      {},
      '须填写',
      'must be filled in',
    ],
    ['a section left blank', z.object({ a: z.object({ b: z.string() }) }), {}, '须填写', 'must be filled in'],
    [
      'a text where a section belongs',
      z.object({ a: z.object({}) }),
      { a: 'x' },
      '须填写一组内容（不能只填一个值）',
      'must be a group of entries (not a single value)',
    ],
    [
      'a text where a list belongs',
      z.array(z.string()),
      'x',
      '须填写若干项的列表',
      'must be a list of items',
    ],
    ['a text where a count belongs', z.number().int(), '3', '须填写数字', 'must be a number'],
    ['a text where yes or no belongs', z.boolean(), 'x', '须填写“是”或“否”', 'must be "yes" or "no"'],
    [
      'a bare number where a decimal belongs',
      decimalString,
      1209.56,
      '数字须加英文引号，例如 "1209.56"（以免小数走样）',
      'put the number in quotes, e.g. "1209.56" (so that no decimal is lost)',
    ],
    [
      '"1e5" where a decimal belongs',
      decimalString,
      '1e5',
      '须填写数字，例如 1209.56',
      'must be a number, e.g. 1209.56',
    ],
    [
      'an option not in the list (invalid_value)',
      z.enum(COMPARATORS),
      '>',
      '须从以下选择：≥、≤、=、定性',
      'choose one of: ≥, ≤, =, qualitative',
    ],
    [
      'an amount unit not in the list',
      z.enum(['yuan', 'wanYuan']),
      '千元',
      '须从以下选择：元、万元',
      'choose one of: yuan, 10,000 yuan',
    ],
    [
      'an unknown field (unrecognized_keys)',
      z.strictObject({}),
      { colour: 1 },
      '不认识的字段：colour',
      'unknown fields: colour',
    ],
    [
      'a text too short (too_small, string)',
      z.string().min(8),
      'abc',
      '至少 8 个字',
      'at least 8 characters',
    ],
    ['a text too long (too_big, string)', z.string().max(3), 'abcd', '最多 3 个字', 'at most 3 characters'],
    ['a number too small', z.number().min(1), 0, '不能小于 1', 'cannot be less than 1'],
    ['a number not above its bound', z.number().positive(), 0, '须大于 0', 'must be greater than 0'],
    ['a number too big', z.number().max(500), 501, '不能大于 500', 'cannot be more than 500'],
    ['a number not below its bound', z.number().lt(10), 10, '须小于 10', 'must be less than 10'],
    ['too few items', z.array(z.string()).min(1), [], '至少填写 1 项', 'fill in at least 1 items'],
    ['too many items', z.array(z.string()).max(1), ['a', 'b'], '最多填写 1 项', 'fill in at most 1 items'],
    [
      'a step missed (not_multiple_of)',
      z.number().multipleOf(5),
      7,
      '须是 5 的整数倍',
      'must be a multiple of 5',
    ],
    [
      'a text of the wrong form (invalid_format)',
      z.string().regex(/^\d+$/),
      'x',
      '格式不对，请按示例填写',
      'not in the expected form; follow the example',
    ],
    [
      'an id of the wrong form',
      z.uuid(),
      'x',
      '格式不对，请按示例填写',
      'not in the expected form; follow the example',
    ],
    [
      'no alternative fits (invalid_union)',
      z.union([z.number(), z.boolean()]),
      'x',
      '填写有误，请检查此项',
      'not valid; check this entry',
    ],
    [
      'a custom refusal without a message of its own',
      z.string().refine(() => false),
      'x',
      '填写有误，请检查此项',
      'not valid; check this entry',
    ],
  ] as const)('%s', (_, schema, input, zh, en) => {
    const text = worded(schema, input);
    expect(text).toEqual({ zh, en });
    expect(text.zh).not.toMatch(DEVELOPER_WORDS);
    expect(text.en).not.toMatch(DEVELOPER_WORDS);
  });
});
