export { router, createCallerFactory } from './init.js';
export { errorFormatter } from './error-formatter.js';
export * from './procedures.js';
export * from './context.js';
