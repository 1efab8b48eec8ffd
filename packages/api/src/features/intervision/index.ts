export { intervisionRouter } from './router.js';
