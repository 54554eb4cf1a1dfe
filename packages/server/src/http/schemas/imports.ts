import { EVALUATION_KINDS } from '@jixiao/domain';
import { z } from 'zod';
import type { ImportSummary } from '../../imports/bulk-import';
import { IMPORT_FIELDS, type ImportComparison } from '../../imports/single-import';
import type { Same } from './same-type';

/** What a bulk import did: the same answer whether it ran in the request or as a background job. */
export const importSummarySchema = z
  .object({
    importId: z.string(),
    evaluations: z.number().int(),
    budgets: z.number().int(),
    sheets: z.array(
      z.object({
        file: z.string(),
        sheet: z.string().optional(),
        kind: z.enum(['evaluation', 'budget']),
        rows: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ImportSummary' });

// Compiles only while the schema describes exactly what bulkImport returns.
true satisfies Same<z.output<typeof importSummarySchema>, ImportSummary>;

const importSideSchema = z.object({
  unitName: z.string(),
  department: z.string().optional(),
  fiscalYear: z.number().int().optional(),
});

/** What importing one file would do: the sheet's unit and year beside the target's, and the rule set kept. */
export const importComparisonSchema = z
  .object({
    title: z.string(),
    kind: z.enum(EVALUATION_KINDS),
    sheet: importSideSchema,
    target: importSideSchema,
    mismatches: z.array(z.enum(IMPORT_FIELDS)),
    ruleSet: z.object({ id: z.string(), from: z.enum(['file', 'assignment', 'default']) }),
  })
  .meta({ id: 'ImportComparison' });

true satisfies Same<z.output<typeof importComparisonSchema>, ImportComparison>;

/** The target year of a single import, and the preparer's confirmation of the differences shown. */
export const singleImportQuerySchema = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
  confirm: z.enum(['true', 'false']).optional(),
});
