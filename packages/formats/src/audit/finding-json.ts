import { z } from 'zod';

/**
 * An audit finding as JSON (`jixiao check --json` and POST /api/audit): the one definition of that shape.
 * The server serves this schema in its OpenAPI document, and the web's types are generated from there.
 */
const sourceRefSchema = z.object({
  paragraph: z.number().int().optional(),
  table: z.number().int().optional(),
  row: z.number().int().optional(),
  cell: z.number().int().optional(),
  page: z.number().int().optional(),
});

const findingLocationSchema = z.object({
  path: z.string(),
  label: z.string(),
  file: z.string().optional(),
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  quote: z.string().optional(),
});

export const auditFindingJsonSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  location: findingLocationSchema,
  expected: z.string().optional(),
  actual: z.string().optional(),
  numbers: z.record(z.string(), z.string()).optional(),
  evidence: z.array(z.object({ quote: z.string(), location: sourceRefSchema, where: z.string() })),
  recomputation: z.string(),
  confidence: z.enum(['sure', 'likely', 'guessed']),
  origin: z.enum(['text', 'engine']),
  engineCode: z.string().optional(),
});

export type AuditFindingJson = z.infer<typeof auditFindingJsonSchema>;
