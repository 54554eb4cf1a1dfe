import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      // The web app's component tests (Testing Library in happy-dom, chosen per file).
      'packages/web/src/**/*.test.tsx',
      'packages/*/test/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'packages/web/e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['./vitest.setup.ts', './packages/web/src/test/setup-dom.ts'],
    reporters: ['default', ['json', { outputFile: 'artifacts/vitest.json' }]],
  },
});
