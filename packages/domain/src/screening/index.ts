export * from './types.js';
export * from './vog.js';
export * from './code-of-conduct.js';
export * from './assess.js';
export * from './access.js';
export * from './as-of.js';
