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

/**
 * Submits from the workbench's 提交审核 dialog, explaining every warning with `note`, and waits for the
 * read-only workbench. With `warned`, the evaluation is known to have warnings: the dialog must list them and
 * keep its confirm disabled until each has its note.
 */
export async function submitWithNotes(page: Page, note: string, { warned = false } = {}) {
  await page.getByTestId('submit').click();
  const dialog = page.getByRole('dialog', { name: '提交审核' });
  await dialog.waitFor();
  const notes = dialog.getByPlaceholder('说明（必填）');
  if (warned) {
    await expect.poll(() => notes.count()).toBeGreaterThan(0);
    expect(await dialog.getByTestId('submit-confirm').isDisabled()).toBe(true);
  }
  for (let i = 0; i < (await notes.count()); i++) await notes.nth(i).fill(note);
  await dialog.getByTestId('submit-confirm').click();
  await expect.poll(() => page.getByTestId('read-only').isVisible()).toBe(true);
}
