import { describe, expect, it } from 'vitest';
import { COMPRESSIBLE_TYPES } from './delivery';

describe('COMPRESSIBLE_TYPES', () => {
  it.each([
    ['application/json; charset=utf-8', true],
    ['application/problem+json', true],
    ['text/html; charset=utf-8', true],
    ['text/css', true],
    ['text/javascript; charset=utf-8', true],
    ['application/javascript', true],
    ['image/svg+xml', true],
    // Written as it happens: compressing would hold events back in the compressor's buffer.
    ['text/event-stream', false],
    // Downloads: zip or deflate inside already.
    ['application/zip', false],
    ['application/pdf', false],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', false],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', false],
    ['image/png', false],
  ])('%s → %s', (type, expected) => {
    expect(COMPRESSIBLE_TYPES.test(type)).toBe(expected);
  });
});
