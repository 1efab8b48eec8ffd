/**
 * The meeting log (Parent'R'US tool 2; DOMAIN.md §5 "After each meeting the mentor fills in the
 * meeting log") and the gentle reminder for a planned meeting without one.
 */
export {
  checkMeetingLog,
  takesLogs,
  logReminders,
  unpairedMeetings,
  MAX_LOGGED_MEETING_MINUTES,
  DEFAULT_LOG_GRACE_DAYS,
  LOG_MATCH_WINDOW_DAYS,
  type MeetingLog,
  type CheckedMeetingLog,
  type MeetingLogProblem,
  type PlannedMeetingRef,
  type LoggedMeetingRef,
  type LogReminder,
} from './log.js';
export {
  openTalkRequests,
  answerTalkRequest,
  MAX_TALK_NOTE_LENGTH,
  type TalkRequest,
  type TalkAnswer,
  type TalkProblem,
} from './talk-request.js';
