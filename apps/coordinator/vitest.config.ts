import { baseTestConfig } from '@driehoek/vitest-config';

export default baseTestConfig;
