import { defineConfig } from 'vitest/config';

// Fixed clock and zone: results must not depend on where or when tests run.
const env = { TZ: 'UTC' };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**', '**/node_modules/**'],
          env,
          testTimeout: 30_000,
        },
      },
      {
        // Real Chromium against the real server: one file at a time, so two browsers and
        // their servers never compete for the machine's two cores.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          env,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A page on a loaded two-core machine may take seconds to reach a state: expect.poll
          // waits up to 30 s (it ends as soon as the state is reached) instead of 1 s.
          expect: { poll: { timeout: 30_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
