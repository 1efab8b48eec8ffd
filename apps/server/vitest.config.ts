import { defineConfig, mergeConfig } from 'vitest/config';
import { baseTestConfig } from '@driehoek/vitest-config';

export default mergeConfig(baseTestConfig, defineConfig({ test: { testTimeout: 30_000, hookTimeout: 60_000 } }));
