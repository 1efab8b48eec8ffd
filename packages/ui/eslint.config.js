import { base } from '@driehoek/eslint-config';

export default base;
