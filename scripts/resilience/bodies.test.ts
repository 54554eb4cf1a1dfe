import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBodies } from './bodies';
import { percentile } from './world';

const example = { version: 1, name: '单位', roles: [{ role: 'preparer', organisationId: 'x' }] };

describe('the fuzzer bodies', () => {
  it('are the same for the same seed, so a failure can be replayed', () => {
    expect(fuzzBodies(7, 200, example)).toEqual(fuzzBodies(7, 200, example));
    expect(fuzzBodies(7, 200, example)).not.toEqual(fuzzBodies(8, 200, example));
  });

  it('come in the number asked for, each with a content type', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 300 }), (seed, count) => {
        const bodies = fuzzBodies(seed, count, example);
        expect(bodies).toHaveLength(count);
        for (const b of bodies) expect(b.contentType).not.toBe('');
      }),
      { numRuns: 20 },
    );
  });

  it('mix valid JSON, broken JSON and other media types, and mutate the example', () => {
    const bodies = fuzzBodies(1, 2000, example);
    const parses = (p: string) => {
      try {
        JSON.parse(p);
        return true;
      } catch {
        return false;
      }
    };
    const json = bodies.filter((b) => b.contentType === 'application/json');
    expect(json.filter((b) => parses(b.payload)).length).toBeGreaterThan(1000);
    expect(json.filter((b) => !parses(b.payload)).length).toBeGreaterThan(50);
    expect(bodies.filter((b) => b.contentType !== 'application/json').length).toBeGreaterThan(20);
    // A mutation keeps the rest of the example: the roles array with a changed value inside, say.
    expect(
      bodies.some((b) => b.payload.includes('"name":"单位"') && !b.payload.includes('"version":1,')),
    ).toBe(true);
    expect(bodies.some((b) => b.payload.includes('\\u0000'))).toBe(true);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile([5], 99)).toBe(5);
    expect(percentile([], 99)).toBe(0);
  });
});
