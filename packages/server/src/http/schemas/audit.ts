import { auditFindingJsonSchema } from '@jixiao/formats';
import { z } from 'zod';

/** POST /api/audit (报告审核): per uploaded file, the summary read and the findings, as `jixiao check --json`. */
export const auditedFileSummarySchema = z.object({
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: z.enum(['project', 'unitWide']).nullable(),
  totalScore: z.string().nullable(),
  grade: z.string().nullable(),
  executionRate: z.string().nullable().describe('执行率（百分数，如 "42.42"）'),
  counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
});

export const auditedFileSchema = z.object({
  name: z.string(),
  ok: z.boolean(),
  format: z.string().optional().describe('读取的格式：报告（docx/pdf/txt/md）或自评表（xlsx/csv/json）'),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  summary: auditedFileSummarySchema.optional(),
  findings: z.array(auditFindingJsonSchema),
});

export const auditResponseSchema = z.object({ files: z.array(auditedFileSchema) });

export type AuditedFileSummary = z.infer<typeof auditedFileSummarySchema>;
export type AuditedFile = z.infer<typeof auditedFileSchema>;
export type AuditResponse = z.infer<typeof auditResponseSchema>;
