import { z } from 'zod';
import { URGENCIES, type AttentionReason } from '@driehoek/domain/attention';
import type { Assert, Same } from './same.js';

const day = z.string();
const days = z.array(day).readonly();

/**
 * Why a match needs attention, on the wire: the domain's `AttentionReason`
 * (`packages/domain/src/attention/attention.ts`), one shape per kind, so the app words each kind
 * from typed fields. The type check below fails to compile when a kind is added to the domain
 * without its shape here (or the other way round).
 */
export const attentionReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('volunteerWantsToTalk'), requestedOn: days, requests: z.array(z.object({ id: z.string(), meetingOn: day })).readonly() }),
  z.object({ kind: z.literal('matchSuspended'), since: day, days: z.number() }),
  z.object({ kind: z.literal('checkInOverdue'), dueOn: day, daysOverdue: z.number(), lastCheckInOn: day.nullable() }),
  z.object({ kind: z.literal('noRecentMeeting'), lastMeetingOn: day.nullable(), daysWithoutMeeting: z.number(), allowedDays: z.number() }),
  z.object({ kind: z.literal('meetingsNotLogged'), meetings: days }),
  z.object({ kind: z.literal('pastPlannedEnd'), plannedEnd: day, daysPast: z.number() }),
  z.object({ kind: z.literal('confirmationDue'), gettingToKnowUntil: day }),
  z.object({ kind: z.literal('checkInDue'), dueOn: day, lastCheckInOn: day.nullable() }),
  z.object({ kind: z.literal('nearPlannedEnd'), plannedEnd: day, daysLeft: z.number() }),
  z.object({ kind: z.literal('gettingToKnow'), until: day, daysLeft: z.number() }),
]);
type _ReasonsAreTheDomains = Assert<Same<z.output<typeof attentionReason>, AttentionReason>>;
type _DomainReasonsGoOnTheWire = Assert<Same<z.input<typeof attentionReason>, AttentionReason>>;

/** One line of the coordinator's "needs attention today" list. The reason is the domain's, as data. */
export const attentionItemView = z.object({
  matchId: z.string(),
  pupilName: z.string(),
  volunteerName: z.string(),
  programmeName: z.string(),
  urgency: z.enum(URGENCIES),
  reason: attentionReason,
});
/** The coordinator's attention list ("Vandaag"): the items, and how many matches are running in the view. */
export const attentionView = z.object({ items: z.array(attentionItemView), activeMatches: z.number() });
export type AttentionView = z.infer<typeof attentionView>;

/**
 * SAF-15 on Vandaag: an open concern the signed-in person is on the case of (SAF-10: nobody else
 * sees a line, a count or a flag), with why it is there: acute and not yet acknowledged, a time
 * target overdue, or the next step due.
 */
export const concernAttentionItem = z.object({
  concernId: z.string(),
  pupilName: z.string(),
  reason: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('acuteNotAcknowledged'), reportedAt: z.string() }),
    z.object({ kind: z.literal('concernOverdue'), target: z.string(), dueAt: z.string() }),
    z.object({ kind: z.literal('concernStepDue'), nextStep: z.string().nullable(), dueAt: z.string().nullable() }),
  ]),
});
export const todayView = attentionView.extend({ concerns: z.array(concernAttentionItem) });
export type TodayView = z.infer<typeof todayView>;
