import {
  decimalString,
  evaluationSchema,
  nonNegativeDecimal,
  positiveDecimal,
  ruleSetSchema,
  targetDeclarationSchema,
} from '@jixiao/domain';
import { z } from 'zod';

/**
 * JSON Schema files generated from the zod schemas (the one source of truth), so editors can
 * autocomplete and validate evaluation and rule set files. `io: 'input'`: fields with defaults are
 * optional, as in a file a person writes. Regenerate with `npx tsx scripts/generate-schemas.ts`;
 * a test fails when the committed files drift from this output.
 */
export const JSON_SCHEMA_FILES = {
  'evaluation.schema.json': {
    schema: evaluationSchema,
    title: 'jixiao 绩效自评数据（项目支出 / 部门整体支出）',
  },
  'ruleset.schema.json': {
    schema: ruleSetSchema,
    title: 'jixiao 评分规则集',
  },
  'targets.schema.json': {
    schema: targetDeclarationSchema,
    title: 'jixiao 绩效目标申报表（项目支出 / 部门整体支出）',
  },
} as const;

export type JsonSchemaFileName = keyof typeof JSON_SCHEMA_FILES;

/** Refinements do not survive the conversion, so decimal strings get their pattern written out here. */
const DECIMAL_PATTERN = '^\\s*[-+]?(\\d+(\\.\\d*)?|\\.\\d+)\\s*$';
const NON_NEGATIVE_DECIMAL_PATTERN = '^\\s*\\+?(\\d+(\\.\\d*)?|\\.\\d+)\\s*$';
/** Non-negative with at least one non-zero digit. */
const POSITIVE_DECIMAL_PATTERN = '^\\s*\\+?(?=[^1-9]*[1-9])(\\d+(\\.\\d*)?|\\.\\d+)\\s*$';

export function generateJsonSchema(fileName: JsonSchemaFileName): string {
  const { schema, title } = JSON_SCHEMA_FILES[fileName];
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    override: (ctx) => {
      if (ctx.zodSchema === positiveDecimal) {
        ctx.jsonSchema.pattern = POSITIVE_DECIMAL_PATTERN;
        ctx.jsonSchema.description = '大于 0 的小数，写成字符串（例如 "15"）';
      } else if (ctx.zodSchema === nonNegativeDecimal) {
        ctx.jsonSchema.pattern = NON_NEGATIVE_DECIMAL_PATTERN;
        ctx.jsonSchema.description = '非负小数，写成字符串（例如 "1209.56"）';
      } else if (ctx.zodSchema === decimalString) {
        ctx.jsonSchema.pattern = DECIMAL_PATTERN;
        ctx.jsonSchema.description = '小数，写成字符串（例如 "1209.56"）';
      }
    },
  });
  const { $schema, ...rest } = json;
  return `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n`;
}

export function generateJsonSchemas(): Record<JsonSchemaFileName, string> {
  return {
    'evaluation.schema.json': generateJsonSchema('evaluation.schema.json'),
    'ruleset.schema.json': generateJsonSchema('ruleset.schema.json'),
    'targets.schema.json': generateJsonSchema('targets.schema.json'),
  };
}
