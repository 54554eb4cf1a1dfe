import type { ErrorIssue, Message } from '@jixiao/domain';
import { errorBody } from '../http/errors';

export type JobFailure = { code: string; message: Message; issues?: readonly ErrorIssue[] };

/**
 * A failed job's `error` column: the reply body's error in Chinese, with the English one beside it under
 * `en` for readers asking for English (routes/jobs.ts picks one).
 */
export function storedJobError(failure: JobFailure) {
  const body = (lang: 'zh' | 'en') => errorBody(failure.code, failure.message, lang, failure.issues).error;
  return { ...body('zh'), en: body('en') };
}
