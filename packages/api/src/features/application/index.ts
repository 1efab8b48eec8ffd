export { recruitmentRouter } from './router.js';
