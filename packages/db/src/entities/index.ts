export { HolidayEdit, Organisation, OrganisationSettings, Programme, School } from './organisation.js';
export { StaffMember, PasswordToken, Session, STAFF_ROLES, SESSION_SUBJECTS, type SessionSubject } from './staff.js';
export { Volunteer, ReferenceCheck } from './volunteer.js';
export { Pupil, FamilyMember, CaseNote, PortalLoginCode } from './pupil.js';
export { Consent, ContactAttempt, FamilyNotification } from './consent.js';
export { OutboxMessage, AuditEntry, OUTBOX_PRIORITY, type OutboxPriority } from './outbox.js';
export { Match, OPEN_MATCH, openMatchOn, isOpenMatch, openMatchSql, PreferenceRound, MeetingLog, TalkRequest, CheckIn, Expense, CalendarFeed } from './match.js';
export { AllowancePayment, IntervisionMeeting, IntervisionAttendance } from './support.js';
export { Concern, ConcernEntryRecord, SafeguardingRole, SAFEGUARDING_ROLE_KINDS, type SafeguardingRoleKind } from './safeguarding.js';
