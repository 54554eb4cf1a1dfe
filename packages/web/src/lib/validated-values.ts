import type { FormInstance } from 'antd';

/** The rejection antd's validateFields gives when a field fails its rules (the form already marks it). */
function isFieldFailure(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'errorFields' in e && Array.isArray(e.errorFields);
}

/**
 * The form's values once every rule passes, or undefined while one fails: antd rejects then, and a dialog
 * that awaited it in its onOk would leave an unhandled promise rejection behind every refused click.
 */
export async function validatedValues<T>(
  form: Pick<FormInstance<T>, 'validateFields'>,
): Promise<T | undefined> {
  try {
    return await form.validateFields();
  } catch (e) {
    if (isFieldFailure(e)) return undefined;
    throw e;
  }
}
