export { assessPupilConsent, statusOf } from './detail.js';
export { loadPupil } from './load.js';
export { pupilPage } from './respond.js';
export { pupilsRouter } from './router.js';
