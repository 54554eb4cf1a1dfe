import { acknowledgementSchema } from '@jixiao/domain';
import { z } from 'zod';
import { versionField } from '../routes/common';

/**
 * The body of a workflow step route, one shape for every kind: the version read (409 when stale), a
 * comment (a return's reason), the notes on warnings of a submission. A kind narrows it (`pick`: monitoring
 * has no warnings to note) or extends it (`extend`: a declaration's approval carries its checklist).
 */
export const stepBody = z.object({
  version: versionField,
  comment: z.string().max(2000).optional().describe('意见（退回时必填）'),
  acknowledgements: z
    .array(acknowledgementSchema)
    .max(500)
    .optional()
    .describe('提交时对每条警告的确认说明（按 code + 位置 path 对应）'),
});
