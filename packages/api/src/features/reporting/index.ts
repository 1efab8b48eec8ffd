export { reportsRouter } from './router.js';
