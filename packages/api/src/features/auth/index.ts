export { authRouter } from './router.js';
