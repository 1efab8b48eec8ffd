export { attentionListOf } from './attention-list.js';
export { queueDueReminders } from './reminders.js';
export { attentionRouter } from './router.js';
