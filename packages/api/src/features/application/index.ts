export { applicationRouter } from './router.js';
