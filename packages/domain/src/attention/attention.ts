/**
 * The coordinator's dashboard: which running matches need attention today, and why (DOMAIN.md §5:
 * check-ins "every two weeks at least", a meeting log after each meeting, meetings at the
 * programme's cadence; §4: the getting-to-know weeks and the confirmation; §8: the end of the term).
 */
import { addDays, type IsoDate } from '../calendar/index.js';
import { unpairedMeetings, DEFAULT_LOG_GRACE_DAYS, type LoggedMeetingRef, type PlannedMeetingRef } from '../meeting-log/log.js';
import type { MeetingCadence, ProgrammeSettings } from '../programme/settings.js';
import { dayNumber } from '../schedule/days.js';

/** The numbers the attention rules use for one programme (`attentionSettingsFor`). */
export interface AttentionSettings {
  /** Days between check-ins (`ProgrammeSettings.checkIn.intervalDays`; 14 by default). */
  readonly checkInIntervalDays: number;
  /** A check-in shows as due this many days before its day. */
  readonly checkInDueSoonDays: number;
  /** Days after a planned meeting before its missing log shows (`DEFAULT_LOG_GRACE_DAYS`). */
  readonly logGraceDays: number;
  /** Days without any logged meeting before the match shows; `null`: no such rule (as needed). */
  readonly maxDaysWithoutMeeting: number | null;
  /** A match shows this many days before its planned end. */
  readonly nearEndDays: number;
}

/** A check-in shows two days before it is due (a product decision). */
export const DEFAULT_CHECK_IN_DUE_SOON_DAYS = 2;
/** Four weeks before the planned end: time to plan the closing moment (Parent'R'US 3.3.6). */
export const DEFAULT_NEAR_END_DAYS = 28;

/**
 * Days without a meeting the cadence allows: two meeting intervals, at least a week (a product
 * decision): one visit a week (School's cool, Parent'R'US) → 14 days; three calls a week
 * (Thuisschoolmaatje) → 7; once a fortnight → 28; as needed → no rule.
 */
export function maxDaysWithoutMeetingFor(cadence: MeetingCadence): number | null {
  if (cadence.kind === 'asNeeded') return null;
  return Math.max(7, Math.ceil((2 * 7 * cadence.perWeeks) / cadence.meetings));
}

/** The attention settings of a programme, from its settings, with any number overridden. */
export function attentionSettingsFor(settings: Pick<ProgrammeSettings, 'cadence' | 'checkIn'>, overrides: Partial<AttentionSettings> = {}): AttentionSettings {
  return {
    checkInIntervalDays: settings.checkIn.intervalDays,
    checkInDueSoonDays: DEFAULT_CHECK_IN_DUE_SOON_DAYS,
    logGraceDays: DEFAULT_LOG_GRACE_DAYS,
    maxDaysWithoutMeeting: maxDaysWithoutMeetingFor(settings.cadence),
    nearEndDays: DEFAULT_NEAR_END_DAYS,
    ...overrides,
  };
}

/**
 * What the api aggregates per running match (started, not ended) for `attentionItems`. The api
 * reads these with a handful of grouped queries, not 50 logs a match:
 *
 * - `lastCheckInOn`: the latest check-in with the volunteer (max over check-ins);
 * - `lastLoggedMeetingOn`: the latest meeting log's date (max over logs);
 * - `recentPlannedMeetings`: `occurrences(schedule, today − window, today)` with a window of about
 *   four weeks (only those up to today matter);
 * - `recentLogs`: the logs dated from the window's start minus `LOG_MATCH_WINDOW_DAYS` to today
 *   (match id, date, plannedFor);
 * - `openTalkRequests`: the volunteer's requests to talk that no coordinator has answered yet
 *   (`openTalkRequests` of `meeting-log`: a check-in since does not answer them);
 * - `excusedUntil`: the last day of the latest school holiday or pause that has begun (a gap in the
 *   meetings is measured from the later of this and the last meeting); `null` for none;
 * - `plannedEnd` from `plannedEndOf`, `gettingToKnowUntil` and `confirmed` from the match record;
 * - `suspendedSince`: the day the match's current suspension began (`currentSuspension`), or
 *   `null`/absent when it runs.
 */
export interface MatchAttentionFacts {
  readonly matchId: string;
  readonly programmeId: string;
  readonly volunteerId: string;
  readonly menteeId: string;
  readonly startedOn: IsoDate;
  readonly plannedEnd: IsoDate | null;
  readonly gettingToKnowUntil: IsoDate | null;
  readonly confirmed: boolean;
  readonly lastCheckInOn: IsoDate | null;
  readonly lastLoggedMeetingOn: IsoDate | null;
  readonly excusedUntil: IsoDate | null;
  readonly recentPlannedMeetings: readonly PlannedMeetingRef[];
  readonly recentLogs: readonly LoggedMeetingRef[];
  readonly openTalkRequests: readonly OpenTalkRequest[];
  readonly suspendedSince?: IsoDate | null;
}

/** An unanswered request to talk, as the dashboard shows it: which one (to answer it) and the meeting it was written for. */
export interface OpenTalkRequest {
  readonly id: string;
  readonly meetingOn: IsoDate;
}

export interface AttentionInput {
  /** Per programme id; every match's programme must be present. */
  readonly settingsByProgramme: Readonly<Record<string, AttentionSettings>>;
  readonly matches: readonly MatchAttentionFacts[];
}

/** Why a match needs attention, as data the app words (and translates). */
export type AttentionReason =
  | { readonly kind: 'volunteerWantsToTalk'; readonly requestedOn: readonly IsoDate[]; readonly requests: readonly OpenTalkRequest[] }
  | { readonly kind: 'matchSuspended'; readonly since: IsoDate; readonly days: number }
  | { readonly kind: 'checkInOverdue'; readonly dueOn: IsoDate; readonly daysOverdue: number; readonly lastCheckInOn: IsoDate | null }
  | { readonly kind: 'noRecentMeeting'; readonly lastMeetingOn: IsoDate | null; readonly daysWithoutMeeting: number; readonly allowedDays: number }
  | { readonly kind: 'meetingsNotLogged'; readonly meetings: readonly IsoDate[] }
  | { readonly kind: 'pastPlannedEnd'; readonly plannedEnd: IsoDate; readonly daysPast: number }
  | { readonly kind: 'confirmationDue'; readonly gettingToKnowUntil: IsoDate }
  | { readonly kind: 'checkInDue'; readonly dueOn: IsoDate; readonly lastCheckInOn: IsoDate | null }
  | { readonly kind: 'nearPlannedEnd'; readonly plannedEnd: IsoDate; readonly daysLeft: number }
  | { readonly kind: 'gettingToKnow'; readonly until: IsoDate; readonly daysLeft: number };

export type AttentionKind = AttentionReason['kind'];

/**
 * The kinds in the order the dashboard shows them within an urgency: a volunteer who asked to talk
 * first (it may be a safeguarding signal: "extra ogen/oren", Thuisschoolmaatje), then the overdue.
 */
export const ATTENTION_KINDS = [
  'volunteerWantsToTalk',
  'matchSuspended',
  'checkInOverdue',
  'noRecentMeeting',
  'meetingsNotLogged',
  'pastPlannedEnd',
  'confirmationDue',
  'checkInDue',
  'nearPlannedEnd',
  'gettingToKnow',
] as const satisfies readonly AttentionKind[];

/** `urgent`: act today; `soon`: act this week; `info`: know it. */
export const URGENCIES = ['urgent', 'soon', 'info'] as const;
export type Urgency = (typeof URGENCIES)[number];

const URGENCY_OF: Readonly<Record<AttentionKind, Urgency>> = {
  volunteerWantsToTalk: 'urgent',
  matchSuspended: 'urgent',
  checkInOverdue: 'urgent',
  noRecentMeeting: 'soon',
  meetingsNotLogged: 'soon',
  pastPlannedEnd: 'soon',
  confirmationDue: 'soon',
  checkInDue: 'soon',
  nearPlannedEnd: 'info',
  gettingToKnow: 'info',
};

/** One line on the dashboard: a match, how urgent, why, and the day the reason began. */
export interface AttentionItem {
  readonly matchId: string;
  readonly programmeId: string;
  readonly volunteerId: string;
  readonly menteeId: string;
  readonly urgency: Urgency;
  /** The day this reason began to apply; older first within a kind. */
  readonly since: IsoDate;
  readonly reason: AttentionReason;
}

/** DOMAIN.md §8 and Parent'R'US 3.1: the end of the term. */
function addEndOfTerm(facts: MatchAttentionFacts, settings: AttentionSettings, todayDay: number, add: (since: IsoDate, reason: AttentionReason) => void): void {
  if (facts.plannedEnd === null) return;
  const endDay = dayNumber(facts.plannedEnd);
  if (todayDay > endDay) add(addDays(facts.plannedEnd, 1), { kind: 'pastPlannedEnd', plannedEnd: facts.plannedEnd, daysPast: todayDay - endDay });
  else if (endDay - todayDay <= settings.nearEndDays) {
    add(addDays(facts.plannedEnd, -settings.nearEndDays), { kind: 'nearPlannedEnd', plannedEnd: facts.plannedEnd, daysLeft: endDay - todayDay });
  }
}

function itemsOf(facts: MatchAttentionFacts, settings: AttentionSettings, today: IsoDate, todayDay: number): AttentionItem[] {
  const items: AttentionItem[] = [];
  const add = (since: IsoDate, reason: AttentionReason): void => {
    items.push({
      matchId: facts.matchId,
      programmeId: facts.programmeId,
      volunteerId: facts.volunteerId,
      menteeId: facts.menteeId,
      urgency: URGENCY_OF[reason.kind],
      since,
      reason,
    });
  };
  // A suspended match has no meetings, logs or check-ins to chase: it needs a decision (resume or
  // end) and the family and volunteer need to hear from the coordinator. Its reason is not on the
  // item: a concern is visible to its case team only (SAF-10).
  // A request to talk shows until it is answered, on a suspended match too.
  if (facts.openTalkRequests.length > 0) {
    const requests = [...facts.openTalkRequests].sort((a, b) => (a.meetingOn < b.meetingOn ? -1 : a.meetingOn > b.meetingOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const requestedOn = requests.map((request) => request.meetingOn);
    add(requestedOn[0] ?? today, { kind: 'volunteerWantsToTalk', requestedOn, requests });
  }
  const suspendedSince = facts.suspendedSince ?? null;
  if (suspendedSince !== null && suspendedSince <= today) {
    add(suspendedSince, { kind: 'matchSuspended', since: suspendedSince, days: todayDay - dayNumber(suspendedSince) });
    addEndOfTerm(facts, settings, todayDay, add);
    return items;
  }
  // DOMAIN.md §5: check-ins every checkIn.intervalDays, counted from the last one or the start.
  const dueOn = addDays(facts.lastCheckInOn ?? facts.startedOn, settings.checkInIntervalDays);
  const dueDay = dayNumber(dueOn);
  if (todayDay > dueDay) add(addDays(dueOn, 1), { kind: 'checkInOverdue', dueOn, daysOverdue: todayDay - dueDay, lastCheckInOn: facts.lastCheckInOn });
  else if (todayDay >= dueDay - settings.checkInDueSoonDays) add(addDays(dueOn, -settings.checkInDueSoonDays), { kind: 'checkInDue', dueOn, lastCheckInOn: facts.lastCheckInOn });
  // Meetings at the cadence: a gap longer than allowed, not counting a holiday or pause.
  if (settings.maxDaysWithoutMeeting !== null) {
    const reference = [facts.lastLoggedMeetingOn ?? facts.startedOn, facts.excusedUntil ?? facts.startedOn].sort()[1] ?? facts.startedOn;
    const daysWithoutMeeting = todayDay - dayNumber(reference);
    if (daysWithoutMeeting > settings.maxDaysWithoutMeeting) {
      add(addDays(reference, settings.maxDaysWithoutMeeting + 1), {
        kind: 'noRecentMeeting',
        lastMeetingOn: facts.lastLoggedMeetingOn,
        daysWithoutMeeting,
        allowedDays: settings.maxDaysWithoutMeeting,
      });
    }
  }
  // Parent'R'US 3.3.3: a log for each meeting; after the grace period a missing one shows.
  const due = facts.recentPlannedMeetings
    .filter((meeting) => meeting.matchId === facts.matchId && dayNumber(meeting.date) + settings.logGraceDays < todayDay)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const missing = unpairedMeetings(due, facts.recentLogs);
  if (missing.length > 0) {
    const meetings = missing.map((meeting) => meeting.date);
    add(addDays(meetings[0] ?? today, settings.logGraceDays + 1), { kind: 'meetingsNotLogged', meetings });
  }
  addEndOfTerm(facts, settings, todayDay, add);
  // Parent'R'US 3.3.3: the "kennismakingsfase" of a few weeks, then the matching confirmation.
  if (!facts.confirmed && facts.gettingToKnowUntil !== null) {
    const untilDay = dayNumber(facts.gettingToKnowUntil);
    if (todayDay >= untilDay) add(facts.gettingToKnowUntil, { kind: 'confirmationDue', gettingToKnowUntil: facts.gettingToKnowUntil });
    else add(facts.startedOn, { kind: 'gettingToKnow', until: facts.gettingToKnowUntil, daysLeft: untilDay - todayDay });
  }
  return items;
}

const URGENCY_RANK: Readonly<Record<Urgency, number>> = { urgent: 0, soon: 1, info: 2 };
const KIND_RANK = Object.fromEntries(ATTENTION_KINDS.map((kind, index) => [kind, index])) as Record<AttentionKind, number>;

/**
 * Every reason a running match needs the coordinator's attention on `today`, sorted by urgency
 * (urgent, soon, info), then by kind (`ATTENTION_KINDS`), then oldest `since` first, then match id:
 *
 * - `volunteerWantsToTalk` (urgent): a log said "I want to talk to my coordinator" and no coordinator
 *   has recorded an answer (a check-in since does not count), on a running or suspended match;
 * - `matchSuspended` (urgent): the match is suspended (CON-4, SAF-11, SCR-4, SCR-8); it then has
 *   only this item, open requests to talk and the end-of-term ones, never check-in, meeting or log items;
 * - `checkInOverdue` (urgent) / `checkInDue` (soon, from `checkInDueSoonDays` before): the check-in
 *   interval (DOMAIN.md §5, 14 days by default; Thuisschoolmaatje "minstens eenmaal in de twee
 *   weken") counted from the last check-in, or from the start;
 * - `noRecentMeeting` (soon): no logged meeting for longer than the cadence allows
 *   (`maxDaysWithoutMeetingFor`), counted from the last meeting, the end of a holiday or pause, or
 *   the start;
 * - `meetingsNotLogged` (soon): planned meetings with no log after the grace period (tool 2);
 * - `pastPlannedEnd` (soon) / `nearPlannedEnd` (info, within `nearEndDays`);
 * - `confirmationDue` (soon) / `gettingToKnow` (info): the getting-to-know weeks of an unconfirmed
 *   match, and their end (Parent'R'US 3.3.3 "matching confirmation").
 *
 * Linear in the input: 3,000 matches with four weeks of meetings and logs each take about 0.1 s
 * on a cold start (the test at scale). Throws a `RangeError` for a match whose programme has no settings (a programming
 * error of the caller, not a refusal).
 */
export function attentionItems(input: AttentionInput, today: IsoDate): readonly AttentionItem[] {
  const todayDay = dayNumber(today);
  const items: AttentionItem[] = [];
  for (const facts of input.matches) {
    const settings = input.settingsByProgramme[facts.programmeId];
    if (!settings) throw new RangeError(`no attention settings for programme ${facts.programmeId}`);
    if (facts.startedOn > today) continue;
    items.push(...itemsOf(facts, settings, today, todayDay));
  }
  return items.sort(
    (a, b) =>
      URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
      KIND_RANK[a.reason.kind] - KIND_RANK[b.reason.kind] ||
      (a.since < b.since ? -1 : a.since > b.since ? 1 : 0) ||
      (a.matchId < b.matchId ? -1 : a.matchId > b.matchId ? 1 : 0),
  );
}
