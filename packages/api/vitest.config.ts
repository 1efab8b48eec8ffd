import { defineConfig, mergeConfig } from 'vitest/config';
import { baseTestConfig } from '@driehoek/vitest-config';

export default mergeConfig(
  baseTestConfig,
  defineConfig({
    // Integration tests share the local PostgreSQL; each file gets its own database.
    test: { testTimeout: 30_000, hookTimeout: 60_000 },
  }),
);
