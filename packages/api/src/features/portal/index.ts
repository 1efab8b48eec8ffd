export { calendarFile } from './calendar-feed.js';
export { portalRouter } from './router.js';
