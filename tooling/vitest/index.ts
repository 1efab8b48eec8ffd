import { defineConfig } from 'vitest/config';

/** The shared vitest settings: tests beside the code, no watch mode in CI. */
export const baseTestConfig = defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    reporters: ['default'],
  },
});
