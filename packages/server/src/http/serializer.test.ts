import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEvaluation } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { type ZodType, z } from 'zod';
import { SEEDS_FOLDER } from '../demo/demo-data';
import { detailSchema } from '../routes/evaluation-schemas';
import { replyBuiltByHand, serializerCompiler } from './serializer';

const compile = (schema: ZodType) =>
  serializerCompiler({ schema, method: 'GET', url: '/t', httpStatus: '200' });

const seeds = readdirSync(SEEDS_FOLDER).filter((f) => f.endsWith('.json'));

/** A reply as routes/evaluation-schemas.ts `detail` builds it, around a parsed seed. */
function detailOf(file: string) {
  const evaluation = parseEvaluation(JSON.parse(readFileSync(join(SEEDS_FOLDER, file), 'utf8')));
  return {
    id: crypto.randomUUID(),
    organisationId: crypto.randomUUID(),
    projectId: null,
    kind: evaluation.kind,
    fiscalYear: evaluation.fiscalYear,
    title: 'T',
    unitName: evaluation.unit.name,
    status: 'draft' as const,
    ruleSetId: 'mof-2020',
    totalScore: '90.5',
    grade: 'excellent',
    executionRate: null,
    errorCount: 0,
    warningCount: 2,
    demo: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    updatedBy: null,
    version: 3,
    evaluation,
    updatedByName: '张三',
    priorYear: {
      id: 'p',
      fiscalYear: 2023,
      status: 'approved' as const,
      totalScore: null,
      grade: null,
      executionRate: null,
      evaluation,
    },
    reviewChain: ['sign' as const, 'departmentReview' as const, 'financeReview' as const],
    actions: ['withdraw' as const],
  };
}

describe('the reply serializer', () => {
  it.each(seeds)('writes the detail of %s as zod encoding would, field for field', (file) => {
    const body = detailOf(file);
    const plain = compile(detailSchema)(body);
    const encoded = JSON.stringify(z.encode(detailSchema, body));
    expect(JSON.parse(plain)).toEqual(JSON.parse(encoded));
  });

  it('still drops fields an unmarked schema does not name', () => {
    const schema = z.object({ name: z.string() });
    expect(compile(schema)({ name: 'a', passwordHash: 'x' })).toBe('{"name":"a"}');
  });

  it('writes a marked schema as JSON.stringify does, without encoding', () => {
    const schema = replyBuiltByHand(z.object({ name: z.string() }));
    expect(compile(schema)({ name: 'a' })).toBe('{"name":"a"}');
  });
});
