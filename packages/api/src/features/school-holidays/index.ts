export { holidaysRouter } from './router.js';
export { schoolHolidaysOf, regionOf } from './school-holidays-of.js';
