/**
 * Set-up for the web app's component tests (files that start with `// @vitest-environment happy-dom`):
 * an in-memory IndexedDB for local drafts, and the rendered tree removed after each test. Tests running
 * in node (everything else) skip it.
 */
if (typeof window !== 'undefined') {
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  Object.assign(globalThis, { indexedDB, IDBKeyRange });
  const { cleanup } = await import('@testing-library/react');
  const { afterEach } = await import('vitest');
  afterEach(() => cleanup());
}

export {};
