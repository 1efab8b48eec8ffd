import { z } from 'zod';
import { checkInSafety } from './safeguarding.js';
import { MEETING_FORMATS } from '@driehoek/domain/programme';
import { MAX_TALK_NOTE_LENGTH } from '@driehoek/domain/meeting-log';
import { id, isoDate, optionalText, requiredText } from './common.js';

/** One meeting of a match's schedule, in Amsterdam local time. */
export const scheduledMeeting = z.object({
  date: z.string(),
  time: z.string(),
  durationMinutes: z.number(),
  format: z.string(),
  place: z.string().nullable(),
  /** planned as agreed, moved to this date/time, or an extra meeting. */
  kind: z.enum(['planned', 'moved', 'extra']),
});
export type ScheduledMeeting = z.infer<typeof scheduledMeeting>;

export const scheduleInput = z.object({ matchId: id, from: isoDate, to: isoDate });
export const scheduleView = z.object({
  meetings: z.array(scheduledMeeting),
  /** Meetings that will not take place (cancelled, holiday, pause), with why. */
  skipped: z.array(z.object({ date: z.string(), time: z.string(), reason: z.string() })),
});
export type ScheduleView = z.infer<typeof scheduleView>;

/** An exception to the weekly schedule: a cancelled or moved meeting, a pause. */
export const scheduleExceptionInput = z.object({
  matchId: id,
  exception: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('cancelled'), date: isoDate, reason: optionalText(300).optional() }),
    z.object({ kind: z.literal('moved'), date: isoDate, to: z.object({ date: isoDate, time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'errors.time' }) }), reason: optionalText(300).optional() }),
    z.object({ kind: z.literal('paused'), from: isoDate, until: isoDate, reason: optionalText(300).optional() }),
  ]),
});

/** The meeting log of Parent'R'US tool 2, filled in by the volunteer after each meeting. */
export const meetingLogInput = z.object({
  matchId: id,
  date: isoDate,
  form: z.enum(MEETING_FORMATS),
  durationMinutes: z.number().int().min(5, { message: 'errors.duration' }).max(480, { message: 'errors.duration' }),
  whatWeDid: requiredText(4000),
  wentWell: z.boolean().nullable(),
  nextSteps: optionalText(2000),
  challenge: optionalText(2000).nullable(),
  wantsToTalkToCoordinator: z.boolean(),
  plannedFor: isoDate.optional(),
});
export type MeetingLogInput = z.input<typeof meetingLogInput>;

export const meetingLogView = z.object({
  id,
  date: z.string(),
  form: z.string(),
  durationMinutes: z.number(),
  whatWeDid: z.string(),
  wentWell: z.boolean().nullable(),
  nextSteps: z.string(),
  challenge: z.string().nullable(),
  wantsToTalkToCoordinator: z.boolean(),
});
export type MeetingLogView = z.infer<typeof meetingLogView>;

/** A coordinator's check-in: with whom, how, and what was said. */
export const checkInInput = z.object({
  matchId: id,
  on: isoDate,
  withWhom: z.enum(['volunteer', 'parent', 'pupil', 'schoolMentor']),
  how: z.enum(['inPerson', 'phone', 'video', 'email', 'message']),
  notes: optionalText(4000),
  /** SAF-16: "safety concerns? yes/no"; yes opens a concern. */
  safety: checkInSafety,
});
export const checkInView = z.object({ id, on: z.string(), withWhom: z.string(), how: z.string(), notes: z.string(), byName: z.string() });

/** The triangle around the pupil: the latest contact with each corner. */
export const triangleView = z.object({
  parents: z.object({ names: z.array(z.string()), lastContactOn: z.string().nullable() }),
  schoolMentor: z.object({ school: z.string(), lastContactOn: z.string().nullable() }),
  volunteer: z.object({ name: z.string(), lastMeetingOn: z.string().nullable(), lastCheckInOn: z.string().nullable() }),
});

/** An activity chosen with the pupil "in overleg met de ouders" (School's cool seed): the family agreed. */
export const expenseInput = z.object({
  matchId: id,
  spentOn: isoDate,
  amountCents: z.number().int().min(1).max(100_000),
  description: requiredText(300),
  agreedWithFamily: z.literal(true, { message: 'errors.agreedWithFamily' }),
});
export const budgetView = z.object({
  budgetCents: z.number(),
  spentCents: z.number(),
  leftCents: z.number(),
  expenses: z.array(z.object({ id, spentOn: z.string(), amountCents: z.number(), description: z.string() })),
});

/** Closing a match: why, by whom, and a note; planned or early follows from the planned end. */
export const endMatchInput = z.object({
  matchId: id,
  endedOn: isoDate,
  reason: z.enum(['completed', 'menteeStopped', 'mentorStopped', 'moved', 'safeguarding', 'other']),
  endedBy: z.enum(['coordinator', 'volunteer', 'mentee', 'family']),
  note: requiredText(2000),
  /** Parent'R'US 3.1: who wants to go on after the term gets a new volunteer, never an extension. */
  menteeWantsToContinue: z.boolean().default(false),
  /**
   * When the volunteer stopped: do they take new pupils? `false` lowers their capacity to the
   * matches they keep, so the board does not show a place they do not have. Required then.
   */
  volunteerTakesNewPupils: z.boolean().optional(),
});

export const earlyEndingsView = z.array(
  z.object({ programmeId: z.string(), programmeName: z.string(), closed: z.number(), early: z.number(), byReason: z.record(z.string(), z.number()) }),
);

/** Portal, parent: the next meetings of their child, and "we can't make it" for one of them. */
export const cantMakeItInput = z.object({ matchId: id, date: isoDate, message: optionalText(300).optional() });

/** Portal, volunteer: their own matches with the next meetings and the logs still to write. */
export const volunteerMatchView = z.object({
  matchId: id,
  pupilFirstName: z.string(),
  programmeName: z.string(),
  /** `paused`: the match is suspended, with no meetings and no logs until the coordinator resumes it. */
  state: z.enum(['running', 'paused']),
  nextMeetings: z.array(scheduledMeeting),
  logsMissing: z.array(z.string()),
  /**
   * The family's phone numbers and home address, only while the SHARE_CONTACT_DETAILS consent is
   * given (CON-6) and the match runs; null otherwise.
   */
  familyContact: z
    .object({
      address: z.string().nullable(),
      postcode: z.string(),
      people: z.array(z.object({ firstName: z.string(), phone: z.string() })),
    })
    .nullable(),
});
export const childScheduleView = z.object({
  matchId: id,
  pupilId: id,
  childFirstName: z.string(),
  volunteerFirstName: z.string(),
  /** `paused`: the match is suspended, so there are no meetings until the coordinator resumes it. */
  state: z.enum(['running', 'paused']),
  meetings: z.array(scheduledMeeting),
});

/** A volunteer's request to talk (from a meeting log), open until a coordinator records the answer. */
export const talkRequestView = z.object({
  id,
  meetingOn: z.string(),
  writtenAt: z.string(),
  open: z.boolean(),
  answeredAt: z.string().nullable(),
  answeredByName: z.string().nullable(),
  note: z.string().nullable(),
});
export type TalkRequestView = z.infer<typeof talkRequestView>;

/** "Answered": the coordinator talked with the volunteer; a short note of what was agreed. */
export const answerTalkRequestInput = z.object({ matchId: id, requestId: id, note: optionalText(MAX_TALK_NOTE_LENGTH) });
