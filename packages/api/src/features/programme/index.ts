export { programmesRouter } from './router.js';
