import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One browser, one server per file; files run one after another on a 2-core machine.
    fileParallelism: false,
  },
});
