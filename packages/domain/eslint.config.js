import { base, pureDomain } from '@driehoek/eslint-config';

export default [...base, ...pureDomain];
