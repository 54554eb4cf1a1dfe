import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: a real server (PGlite in a temp folder) and Debian's Chromium driven by
 * playwright-core. Run with `npm run e2e -w @jixiao/web` (builds the app first); not part of `npm test`.
 */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: 'forks',
    fileParallelism: false,
    // The UI answers in well under a second; the margin is for a busy 2-core CI machine.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    reporters: ['default', ['json', { outputFile: '../../artifacts/vitest-e2e.json' }]],
  },
});
