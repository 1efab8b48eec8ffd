export * from './types.js';
export * from './age.js';
export * from './records.js';
export * from './recording.js';
export * from './assess.js';
export * from './family.js';
export * from './withdrawal.js';
export * from './activation.js';
export { CONSENT_SCOPE } from './scope.js';
