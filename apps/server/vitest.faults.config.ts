import { defineConfig } from 'vitest/config';

/**
 * The fault-injection suite (`pnpm test:faults`): the built server as a real process, killed,
 * cut off from its database, stopped under load. One file at a time: each starts servers of its own.
 */
export default defineConfig({
  test: {
    include: ['faults/**/*.fault.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
