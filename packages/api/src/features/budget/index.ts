export { budgetRouter } from './router.js';
