export { schoolsRouter } from './router.js';
