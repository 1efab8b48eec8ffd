export { allowancesRouter } from './router.js';
