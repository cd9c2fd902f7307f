import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // PGlite and the sandbox each take a few seconds to start on 2 cores; a test waiting on a
    // queue of those is slow, not stuck.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // jsdom test files: the bits of layout Fluent's focus management needs (see the file).
    setupFiles: ['test/tab/jsdom-layout.ts'],
  },
});
