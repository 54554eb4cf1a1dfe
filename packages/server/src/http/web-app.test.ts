import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheControlFor } from './web-app';

const ROOT = '/srv/web/dist';
const YEAR = 'public, max-age=31536000, immutable';

describe('cacheControlFor', () => {
  it.each([
    ['assets/index-BqRdSRSR.js', YEAR],
    ['assets/index-CCKM_Xz1.css', YEAR],
    ['assets/grade-C2JM-_ld.js', YEAR],
    ['assets/index-BqRdSRSR.js.br', YEAR],
    ['assets/index-BqRdSRSR.js.gz', YEAR],
    ['index.html', 'no-cache'],
    ['index.html.br', 'no-cache'],
    // Copied from public/ under a fixed name: it may change without changing its name.
    ['favicon.svg', 'no-cache'],
    ['assets/logo.svg', 'no-cache'],
    ['assets/sub/index-BqRdSRSR.js', 'no-cache'],
  ])('%s → %s', (file, expected) => {
    expect(cacheControlFor(ROOT, join(ROOT, file))).toBe(expected);
  });
});
