import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Takes a workflow step from the workbench's toolbar through its dialog (单位签批, 审核通过, 退回修改,
 * 撤回), with the dialog's optional text, and waits for the dialog to close.
 */
export async function takeStep(
  page: Page,
  action: 'sign' | 'approve' | 'return' | 'withdraw',
  title: string,
  text = '',
) {
  await page.getByTestId(action).click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  if (text) await dialog.getByTestId('review-text').fill(text);
  await dialog.getByTestId('review-confirm').click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
}
