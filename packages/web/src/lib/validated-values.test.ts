import { describe, expect, it } from 'vitest';
import { validatedValues } from './validated-values';

describe('a dialog validating its form', () => {
  it('gets the values when every rule passes', async () => {
    const values = { name: '科普项目' };
    await expect(validatedValues({ validateFields: async () => values })).resolves.toBe(values);
  });

  it('gets undefined, not a rejection, when a field fails its rules', async () => {
    const failure = { values: {}, errorFields: [{ name: ['name'], errors: ['此项必填'] }], outOfDate: false };
    await expect(validatedValues({ validateFields: () => Promise.reject(failure) })).resolves.toBeUndefined();
  });

  it('passes on any other failure, which is a fault to see', async () => {
    const fault = new TypeError('broken');
    await expect(validatedValues({ validateFields: () => Promise.reject(fault) })).rejects.toBe(fault);
  });
});
