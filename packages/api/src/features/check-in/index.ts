export { checkInsRouter } from './router.js';
