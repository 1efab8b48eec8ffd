import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { stampNow } from '../clock.js';
import { Organisation, Programme } from './organisation.js';
import { Volunteer } from './volunteer.js';
import { Pupil } from './pupil.js';
import { newId } from './id.js';
import type {
  ContractSignature,
  MatchAgreements,
  MatchConfirmation,
  MatchDecline,
  MatchEnd,
  MatchIntroduction,
  MatchSuspension,
  WarmHandover,
  WeeklyTime,
} from '@driehoek/domain/match';
import type { ClosureRecord } from '@driehoek/domain/closure';
import type { ScheduleException } from '@driehoek/domain/schedule';

/**
 * A match between a volunteer and a mentee, from proposal to end. Each step of the lifecycle
 * (schoolscool-thuismentor-worden.txt: matching conversation, agreement, contract, weekly time;
 * Thuisschoolmaatje: warm handover; Parent'R'US: confirmation after getting to know each other)
 * is kept, so the match record is the history. `version` guards concurrent edits.
 */
export const Match = defineEntity({
  name: 'Match',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    programme: () => p.manyToOne(Programme).index(),
    volunteer: () => p.manyToOne(Volunteer).index(),
    pupil: () => p.manyToOne(Pupil).index(),
    source: p.string().length(20),
    manualReason: p.text().nullable(),
    score: p.float().nullable(),
    scoreParts: p.json<unknown[]>().nullable(),
    proposedOn: p.string().length(10),
    proposedById: p.string().length(36),

    /** The steps as the domain's MatchRecord holds them; the match record is the history. */
    introduction: p.json<MatchIntroduction>().nullable(),
    agreements: p.json<MatchAgreements>(),
    signatures: p.json<ContractSignature[]>(),
    contractCompletedOn: p.string().length(10).nullable(),
    weeklyTime: p.json<WeeklyTime>().nullable(),
    warmHandover: p.json<WarmHandover>().nullable(),
    startedOn: p.string().length(10).nullable().index(),
    gettingToKnowUntil: p.string().length(10).nullable(),
    confirmation: p.json<MatchConfirmation>().nullable(),
    decline: p.json<MatchDecline>().nullable(),
    end: p.json<MatchEnd>().nullable(),
    /** Kept beside the JSON so "open matches" is one indexed query: open while both are null. */
    declinedOn: p.string().length(10).nullable(),
    endedOn: p.string().length(10).nullable(),
    /**
     * Every suspension, oldest first (CON-4, SAF-11, SCR-4, SCR-8, the coordinator's decision);
     * null: never suspended. The schedule reads it, so a suspended match has no meetings.
     */
    suspensions: p.json<MatchSuspension[]>().nullable(),
    /** How it ended: reason, by whom, planned or early (the domain's ClosureRecord). */
    closure: p.json<ClosureRecord>().nullable(),
    /** Cancelled and moved meetings and pauses of the weekly schedule. */
    scheduleExceptions: p.json<ScheduleException[]>(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type Match = InferEntity<typeof Match>;

/**
 * The one open-match filter: a match is open from proposal until it is declined or ended (the
 * domain's `isOpen`, `@driehoek/domain/match`). An open match holds one of the volunteer's places
 * and is the mentee's one match at a time; a suspended match is open. Spread it into a
 * `em.find(Match, …)` filter: `{ pupil, ...OPEN_MATCH }`, `{ startedOn: { $ne: null }, ...OPEN_MATCH }`.
 */
export const OPEN_MATCH = { declinedOn: null, endedOn: null } as const;

/** The same rule for a day in the past: not declined, and not ended before that day. */
export function openMatchOn(day: string): { declinedOn: null; $or: ({ endedOn: null } | { endedOn: { $gte: string } })[] } {
  return { declinedOn: null, $or: [{ endedOn: null }, { endedOn: { $gte: day } }] };
}

/** The same rule for a match already read (`fields` including `declinedOn` and `endedOn`). */
export function isOpenMatch(match: { readonly declinedOn?: string | null; readonly endedOn?: string | null }): boolean {
  return match.declinedOn === null && match.endedOn === null;
}

/** The same rule in SQL, for the hot read paths that read rows (CONVENTIONS 11); `alias` names the match table. */
export function openMatchSql(alias: string): string {
  return `${alias}.declined_on is null and ${alias}.ended_on is null`;
}

/** A speed-meeting round (Parent'R'US / IPA): the rankings both sides gave, kept so nothing typed is lost. */
export const PreferenceRound = defineEntity({
  name: 'PreferenceRound',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    programme: () => p.manyToOne(Programme).index(),
    volunteerRankings: p.json<{ volunteerId: string; ranking: string[] }[]>(),
    pupilRankings: p.json<{ pupilId: string; ranking: string[] }[]>(),
    updatedAt: p.datetime().onCreate(stampNow).onUpdate(stampNow),
  },
});
export type PreferenceRound = InferEntity<typeof PreferenceRound>;

/** The volunteer's meeting log after each meeting (Parent'R'US tool 2). */
export const MeetingLog = defineEntity({
  name: 'MeetingLog',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    match: () => p.manyToOne(Match).index(),
    date: p.string().length(10).index(),
    form: p.string().length(20),
    durationMinutes: p.integer(),
    whatWeDid: p.text(),
    wentWell: p.boolean().nullable(),
    nextSteps: p.text(),
    challenge: p.text().nullable(),
    wantsToTalkToCoordinator: p.boolean(),
    plannedFor: p.string().length(10).nullable(),
    /** The concern a coordinator opened from this log (EVA-4 style: by hand, never automatic). */
    concernId: p.string().length(36).nullable(),
    createdAt: p.datetime().onCreate(stampNow),
  },
  // A match's logs in a period (the reports, the attention list): see Migration20261207152941_meeting_log_match_date.
  indexes: [{ properties: ['match', 'date'] }],
});
export type MeetingLog = InferEntity<typeof MeetingLog>;

/**
 * A volunteer's request to talk to their coordinator, written with a meeting log ("I want to talk
 * to my coordinator"). Open until a coordinator records their answer (the domain's `TalkRequest`);
 * a check-in does not answer it.
 */
export const TalkRequest = defineEntity({
  name: 'TalkRequest',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    match: () => p.manyToOne(Match).index(),
    meetingLog: () => p.manyToOne(MeetingLog).unique(),
    /** The date of the meeting the log is about. */
    meetingOn: p.string().length(10),
    writtenAt: p.datetime().onCreate(stampNow),
    answeredAt: p.datetime().nullable(),
    answeredById: p.string().length(36).nullable(),
    answeredByName: p.string().length(200).nullable(),
    note: p.text().nullable(),
  },
});
export type TalkRequest = InferEntity<typeof TalkRequest>;

/** A coordinator's check-in on a match: with whom, how, what was said. */
export const CheckIn = defineEntity({
  name: 'CheckIn',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    match: () => p.manyToOne(Match).index(),
    on: p.string().length(10).index(),
    withWhom: p.string().length(20),
    how: p.string().length(20),
    notes: p.text(),
    byId: p.string().length(36),
    byName: p.string().length(200),
    /** SAF-16: "safety concerns? yes/no" (null on check-ins from before the question). */
    safetyConcern: p.boolean().nullable(),
    /** SAF-16: the concern a yes opened. */
    concernId: p.string().length(36).nullable(),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type CheckIn = InferEntity<typeof CheckIn>;

/** An expense from a match's activity budget (a museum, a sports match), agreed with the family. */
export const Expense = defineEntity({
  name: 'Expense',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    match: () => p.manyToOne(Match).index(),
    spentOn: p.string().length(10),
    amountCents: p.integer(),
    description: p.string().length(300),
    agreedWithFamily: p.boolean(),
    recordedById: p.string().length(36),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type Expense = InferEntity<typeof Expense>;

/**
 * A secret calendar-feed link for a parent or a volunteer. Only the SHA-256 of the secret is
 * stored; revoking sets `revokedAt`, and a new link replaces the old one.
 */
export const CalendarFeed = defineEntity({
  name: 'CalendarFeed',
  properties: {
    tokenHash: p.string().length(64).primary(),
    organisation: () => p.manyToOne(Organisation).index(),
    subjectKind: p.string().length(20),
    subjectId: p.string().length(36).index(),
    createdAt: p.datetime().onCreate(stampNow),
    revokedAt: p.datetime().nullable(),
  },
});
export type CalendarFeed = InferEntity<typeof CalendarFeed>;
