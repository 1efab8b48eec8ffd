import { base, clientApp } from '@driehoek/eslint-config';

export default [...base, ...clientApp];
