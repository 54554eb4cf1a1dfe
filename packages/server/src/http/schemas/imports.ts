import { z } from 'zod';
import type { ImportSummary } from '../../imports/bulk-import';
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
