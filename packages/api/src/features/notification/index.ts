export { notifyMatchProposed, notifyMatchStarts, notifyMeetingMoved, notifyScreeningComplete } from './notify.js';
