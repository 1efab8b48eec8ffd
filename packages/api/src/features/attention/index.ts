export { queueDueReminders } from './reminders.js';
export { dashboardRouter } from './router.js';
