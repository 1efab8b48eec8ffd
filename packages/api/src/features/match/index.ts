export { loadMatch } from './load-match.js';
export { matchRecordOf } from './match-record.js';
export { matchesRouter } from './router.js';
export { meetingLogViewOf } from './running.js';
export { scheduleOf, scheduleViewOf } from './schedule.js';
export { resumeMatch, startedMatchOfPupil, stopVolunteerMatches, suspendMatch, type SuspensionCause, type SuspensionContext } from './suspension.js';
export { recordTalkRequest } from './talk-requests.js';
