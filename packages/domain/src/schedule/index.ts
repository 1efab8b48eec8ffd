/**
 * A match's meeting schedule (DOMAIN.md §5): the agreed weekly time at the programme's cadence
 * between the start and the planned end, with school holidays, pauses, cancelled, moved and extra
 * meetings; local Amsterdam times as UTC instants; calendar events as data.
 */
export * from './types.js';
export { scheduleFor, occurrences, skippedMeetings, addScheduleException, icsEvents, type ScheduleOptions, type IcsTexts } from './schedule.js';
export { occurrenceCount, regularPatternOf, slotMeetingsIn, isSlotMeetingDay, type SlotPattern } from './count.js';
export { amsterdamInstant, amsterdamOffsetAt, amsterdamDateOf, epochMsOf, isUtcInstant, summerTimeOf, type UtcInstant } from './amsterdam.js';
export { isUpcoming, upcomingMeetings } from './upcoming.js';
