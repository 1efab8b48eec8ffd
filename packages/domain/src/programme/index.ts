export * from './settings.js';
export * from './templates.js';
