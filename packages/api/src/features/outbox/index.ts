export { outboxRouter } from './router.js';
