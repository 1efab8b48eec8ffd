export { Organisation, Programme } from './organisation.js';
export { Coordinator, Session, STAFF_ROLES } from './staff.js';
export { Volunteer, ReferenceCheck } from './volunteer.js';
export { OutboxMessage, AuditEntry } from './outbox.js';
