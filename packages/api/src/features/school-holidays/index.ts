export { holidaysRouter } from './router.js';
export { holidayEditsOf, holidaysOfSchool, regionOf, schoolHolidaysOf } from './school-holidays-of.js';
