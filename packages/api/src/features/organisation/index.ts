export { organisationRouter } from './router.js';
export { organisationContactOf } from './contact.js';
export { organisationLogo } from './logo.js';
