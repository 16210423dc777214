import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Fixed clock and zone: results must not depend on where or when tests run.
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
  },
});
