export { calendarFile } from './calendar-feed.js';
export { portalRouter } from './router.js';
export { portalSignedIn } from './me.js';
