/**
 * The programme report for funders, boards and schools (DOMAIN.md §7; the Parent'R'US annex
 * "Sjabloon voor mentorrapportage"): organisation and structure (recruitment channels, the pilot
 * funnel, the participants' profile, format, peer or non-peer, duration, how many started,
 * completed and dropped out, and why), the results per questionnaire item, satisfaction and
 * suggested improvements, the organisation's own texts under the annex's headings, and the counts
 * of pupils, families, volunteers, matches and meeting hours per period.
 *
 * Two steps: `programmeReportCounts` computes the figures as id-free measures (what a region
 * hands to a national roll-up), `programmeReport` publishes them with the small-numbers rule and
 * adds what is passed through (results, satisfaction, texts, the programme's set-up).
 */
import { RECRUITMENT_CHANNELS } from '../application/index.js';
import type { IsoDate } from '../calendar/index.js';
import { isEarlyEnding, type StoredClosure } from '../closure/closure.js';
import { CLOSURE_REASONS, type ClosureReason } from '../match/types.js';
import { MEETING_FORMATS, type MatchDurationBounds, type MeetingFormat, type MentorTypology, type ProgrammeSettings } from '../programme/settings.js';
import { dayNumber } from '../schedule/days.js';
import { PILOT_FUNNEL_STAGES, RECRUITMENT_STAGES, funnelCounts, recruitmentFunnel, type FunnelCandidate, type FunnelCounts, type PilotFunnelStage, type RecruitmentFunnel, type RecruitmentStage } from './funnel.js';
import { breakdownOf, count, distributionOf, sum, type Breakdown, type Count, type Distribution, type Sum } from './measures.js';
import { ADULT_AGE_BANDS, participantCounts, PUPIL_AGE_BANDS, type ParticipantCounts, type ParticipantFacts } from './participants.js';
import { dayRangeOf, isReportPeriod, overlaps, periodIndexer, periodsIn, type PeriodUnit, type ReportPeriod } from './period.js';
import { publishResultGroup, type ItemResult, type PublishedItem, type PublishedResultGroup, type ResultGroup, type ResultSection, publishItem } from './results.js';
import { DEFAULT_MINIMUM_GROUP_SIZE, publish, type Published } from './small-numbers.js';

/** A match as the reports read it: plain columns of the match and its closure. */
export interface ReportMatch {
  readonly matchId: string;
  readonly programmeId: string;
  readonly menteeId: string;
  readonly volunteerId: string;
  /** The coordinator responsible for the match; `null` when none is recorded. */
  readonly coordinatorId: string | null;
  /** The child: the pupil in a pupil programme (the mentee), the parent mentee's child when known, else `null`. */
  readonly pupilId: string | null;
  /** The family (household) of the mentee; `null` when unknown. Siblings share one. */
  readonly familyId: string | null;
  readonly startedOn: IsoDate;
  /** The day it ended; `null` while it runs. */
  readonly endedOn: IsoDate | null;
  /** The stored closure (`ClosureRecord` fits); `null` for a match that runs, or that ended without one (counted as a drop-out for an unknown reason, `other`). */
  readonly closure: StoredClosure | null;
  /** Parent'R'US typology: the mentor shares the mentee's situation (a parent); `null` when not recorded. */
  readonly peer: boolean | null;
}

/**
 * A meeting log as the report reads it. The api may also pass several logs of one match and form
 * added up (`GROUP BY` match, month and form, dated on any day of that month, with the number of
 * meetings and their minutes), which is exact for a trend by month or coarser.
 */
export interface ReportLog {
  readonly matchId: string;
  readonly date: IsoDate;
  /** The minutes of the meeting, or of the meetings added up. */
  readonly durationMinutes: number;
  readonly form: MeetingFormat;
  /** How many meetings the row stands for; 1 when absent. */
  readonly meetings?: number;
}

/**
 * The logs of the period already added up by the database per calendar month (what a national
 * roll-up reads instead of a row per match and month): exact for a trend by month. Only the logs
 * of the facts' `matches` that are dated within the period count.
 */
export interface ReportLogTotals {
  /** Per calendar month (`2026-03`) with a log: the minutes logged, and how many matches logged in it. */
  readonly months: readonly { readonly month: string; readonly minutes: number; readonly matches: number }[];
  /** How many matches logged at least once in the period. */
  readonly matches: number;
  /** The meetings logged in the period by form. */
  readonly meetings: Readonly<Partial<Record<MeetingFormat, number>>>;
}

/** Where a match stands at the end of the period. */
export const MATCH_OUTCOMES = ['completed', 'droppedOut', 'running'] as const;
export type MatchOutcome = (typeof MATCH_OUTCOMES)[number];

/** Pupils, families, mentees, volunteers and matches in a period, and the meeting time logged. */
export interface ActivityCounts {
  readonly pupils: Count;
  readonly families: Count;
  readonly mentees: Count;
  readonly volunteers: Count;
  /** Matches that ran on at least one day of the period. */
  readonly matches: Count;
  /** Minutes of logged meetings (the app shows hours), with the matches that logged them. */
  readonly meetingMinutes: Sum;
}

/**
 * Every figure of the programme report as id-free measures: what one region hands to a national
 * roll-up (`sumMeasures`), and what `programmeReport` publishes.
 */
export interface ProgrammeReportCounts {
  readonly period: ReportPeriod;
  /** The whole period, then per month (or the chosen unit). */
  readonly activity: ActivityCounts;
  readonly activityByPeriod: readonly { readonly period: ReportPeriod; readonly counts: ActivityCounts }[];
  /** Annex 1.2 "via welke kanalen": the volunteers who applied in the period, by how they heard of us. */
  readonly recruitmentChannels: Breakdown;
  /** Their way through screening to a match, in all, per channel and per employer. */
  readonly recruitment: RecruitmentFunnel<RecruitmentStage>;
  /** Annex 1.2 table, for volunteers and mentees; `null` when the programme keeps no pilot funnel. */
  readonly pilotFunnel: { readonly volunteers: FunnelCounts<PilotFunnelStage>; readonly mentees: FunnelCounts<PilotFunnelStage> } | null;
  /** Annex 1.3 and table 1. */
  readonly participants: { readonly coordinators: ParticipantCounts; readonly volunteers: ParticipantCounts; readonly mentees: ParticipantCounts };
  /** Annex 1.4 and table 1 ("Totaal aantal mentorprocessen"; "het aantal inschrijvingen en uitvallers"). */
  readonly matches: {
    readonly total: Count;
    readonly started: Count;
    /** Every match of the period at its end: completed, dropped out (ended early), still running. */
    readonly outcome: Breakdown<MatchOutcome>;
    /** DOMAIN.md §5 "the reasons must be recorded and examined": the drop-outs by closure reason. */
    readonly dropOutReasons: Breakdown<ClosureReason>;
    /** Parent'R'US "Typologie: Peer en Non-peer". */
    readonly typology: Breakdown<'peer' | 'nonPeer' | 'unknown'>;
    /** The logged meetings by form (annex table 1 "face-to-face, blended"). */
    readonly meetingForms: Breakdown<MeetingFormat>;
    /** Days from start to end of the matches that ended in the period. */
    readonly lengthDays: Distribution;
  };
}

/** The headings of the Parent'R'US report, in order, with their numbers and the figures each shows. */
export const REPORT_SECTIONS = [
  { key: 'organisationAndStructure', number: '1', blocks: [] },
  { key: 'context', number: '1.1', blocks: [] },
  { key: 'organisation', number: '1.2', blocks: ['recruitmentChannels', 'recruitmentFunnel', 'pilotFunnel'] },
  { key: 'participants', number: '1.3', blocks: ['participants'] },
  { key: 'structure', number: '1.4', blocks: ['structure', 'matchOutcomes', 'activity'] },
  { key: 'resultsAndEvaluation', number: '2', blocks: [] },
  { key: 'evaluation', number: '2.1', blocks: [] },
  { key: 'collaborationChanges', number: '2.1.1', blocks: ['results'] },
  { key: 'mentorRole', number: '2.1.2', blocks: ['results'] },
  { key: 'processRole', number: '2.1.3', blocks: ['results'] },
  { key: 'skills', number: '2.2', blocks: [] },
  { key: 'menteePerception', number: '2.2.1', blocks: ['results'] },
  { key: 'mentorPerception', number: '2.2.2', blocks: ['results'] },
  { key: 'satisfaction', number: '2.3', blocks: ['satisfaction', 'results'] },
  { key: 'summary', number: '2.4', blocks: [] },
  { key: 'challenges', number: '3', blocks: [] },
] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number]['key'];
export type ReportBlock = (typeof REPORT_SECTIONS)[number]['blocks'][number];

/** A text of the organisation's own, under one of the annex's headings, with its own heading when it has one. */
export interface NarrativeText {
  readonly section: ReportSectionKey;
  readonly heading?: string;
  readonly text: string;
}

/** Annex 2.3 "Verbeteringen": the yes/no items, and the suggestions in the participants' words. */
export interface SatisfactionInput {
  readonly items: readonly ItemResult[];
  /** "what we can do better next time", "what additional information should be provided": the texts and how many people wrote them. */
  readonly suggestions: { readonly respondents: number; readonly texts: readonly string[] };
}

/** Everything the report needs, as plain facts the api reads. */
export interface ProgrammeReportFacts {
  readonly programmeId: string;
  readonly settings: Pick<ProgrammeSettings, 'mentee' | 'matchDuration' | 'meetingFormats' | 'preferredMeetingFormat' | 'mentorTypology'>;
  /** The programme's matches that started on or before the period's last day and had not ended before its first. */
  readonly matches: readonly ReportMatch[];
  /** The logs of those matches dated within the period. */
  readonly logs: readonly ReportLog[];
  /** Instead of `logs` (which must then be empty): those logs added up per month (a trend by month only). */
  readonly logTotals?: ReportLogTotals;
  /** The profile facts of the coordinators, volunteers and mentees of those matches. */
  readonly people: readonly ParticipantFacts[];
  /** The volunteers who applied in the period, with the stages reached since (`recruitmentStagesReached`). */
  readonly applicants: readonly FunnelCandidate<RecruitmentStage>[];
  /** Annex 1.2: the candidates of the pilot funnel, when the programme keeps one. */
  readonly pilotFunnel?: { readonly volunteers: readonly FunnelCandidate<PilotFunnelStage>[]; readonly mentees: readonly FunnelCandidate<PilotFunnelStage>[] };
  /** The evaluation rules' results per item, grouped under the annex's sections. */
  readonly results?: readonly ResultGroup[];
  readonly satisfaction?: SatisfactionInput;
  readonly narrative?: readonly NarrativeText[];
}

/** How a programme report is counted and published. */
export interface ProgrammeReportSettings {
  /** EVA-2: no figure about fewer people (`DEFAULT_MINIMUM_GROUP_SIZE`). */
  readonly minimumGroupSize: number;
  /** How `activityByPeriod` splits the period. */
  readonly trendUnit: PeriodUnit;
  readonly adultAgeBands: readonly number[];
  readonly pupilAgeBands: readonly number[];
}

/** EVA-2's minimum of 5, a trend by month, the default age bands. */
export const DEFAULT_PROGRAMME_REPORT_SETTINGS: ProgrammeReportSettings = {
  minimumGroupSize: DEFAULT_MINIMUM_GROUP_SIZE,
  trendUnit: 'month',
  adultAgeBands: ADULT_AGE_BANDS,
  pupilAgeBands: PUPIL_AGE_BANDS,
};

interface ActivityTally {
  readonly pupils: Set<string>;
  readonly families: Set<string>;
  readonly mentees: Set<string>;
  readonly volunteers: Set<string>;
  matches: number;
  minutes: number;
  /** Matches with a log in the period. */
  logging: number;
}

const newTally = (): ActivityTally => ({ pupils: new Set(), families: new Set(), mentees: new Set(), volunteers: new Set(), matches: 0, minutes: 0, logging: 0 });

function countMatch(tally: ActivityTally, match: ReportMatch): void {
  tally.matches += 1;
  tally.mentees.add(match.menteeId);
  tally.volunteers.add(match.volunteerId);
  if (match.pupilId !== null) tally.pupils.add(match.pupilId);
  if (match.familyId !== null) tally.families.add(match.familyId);
}

const activityOf = (tally: ActivityTally): ActivityCounts => ({
  pupils: count(tally.pupils.size),
  families: count(tally.families.size),
  mentees: count(tally.mentees.size),
  volunteers: count(tally.volunteers.size),
  matches: count(tally.matches),
  meetingMinutes: sum(tally.minutes, tally.logging),
});

/**
 * The outcome of a match at the end of the period: running unless it ended by then; an ending is a
 * drop-out when it was early (`isEarlyEnding`: before the planned end, or without one, within the
 * minimum period or for a reason other than completion), else completed.
 */
export function matchOutcome(match: Pick<ReportMatch, 'startedOn' | 'endedOn' | 'closure'>, until: IsoDate, minimumMonths: number | null): MatchOutcome {
  if (match.endedOn === null || match.endedOn > until) return 'running';
  if (match.closure === null) return 'droppedOut';
  const early = isEarlyEnding({ ...match.closure, startedOn: match.startedOn, endedOn: match.endedOn }, minimumMonths === null ? {} : { minimumMonths });
  return early ? 'droppedOut' : 'completed';
}

/**
 * The figures of a programme's report for a period, as id-free measures (see
 * `ProgrammeReportCounts`). Only the programme's own matches count; a match counts in the period
 * when it ran on at least one of its days (one that spans the period's start or end included);
 * its outcome is where it stood on the period's last day; ages are on that day. Linear in the
 * matches, logs, people and candidates. Throws a `RangeError` on a period that is not one.
 */
export function programmeReportCounts(facts: ProgrammeReportFacts, period: ReportPeriod, settings: Partial<ProgrammeReportSettings> = {}): ProgrammeReportCounts {
  if (!isReportPeriod(period)) throw new RangeError(`not a report period: ${period.from} – ${period.until}`);
  const options = { ...DEFAULT_PROGRAMME_REPORT_SETTINGS, ...settings };
  const range = dayRangeOf(period);
  const parts = periodsIn(period, options.trendUnit);
  const partOf = periodIndexer(parts);
  const partRanges = parts.map(dayRangeOf);
  const whole = newTally();
  const byPart = parts.map(newTally);
  const minimumMonths = facts.settings.matchDuration.minMonths;

  const inPeriod: ReportMatch[] = [];
  const matchIndex = new Map<string, number>();
  const outcomes: MatchOutcome[] = [];
  const dropOutReasons: ClosureReason[] = [];
  const typology: ('peer' | 'nonPeer' | 'unknown')[] = [];
  const lengths: number[] = [];
  const completed = { coordinators: new Set<string>(), volunteers: new Set<string>(), mentees: new Set<string>() };
  let started = 0;
  for (const match of facts.matches) {
    if (match.programmeId !== facts.programmeId) continue;
    const start = dayNumber(match.startedOn);
    const end = match.endedOn === null ? null : dayNumber(match.endedOn);
    if (!overlaps(start, end, range)) continue;
    matchIndex.set(match.matchId, inPeriod.length);
    inPeriod.push(match);
    countMatch(whole, match);
    const firstPart = start < range.first ? 0 : partOf(start);
    const lastPart = end === null || end > range.last ? parts.length - 1 : partOf(end);
    for (let i = firstPart; i <= lastPart; i += 1) if (overlaps(start, end, partRanges[i]!)) countMatch(byPart[i]!, match);
    if (start >= range.first) started += 1;
    const outcome = matchOutcome(match, period.until, minimumMonths);
    outcomes.push(outcome);
    if (outcome === 'droppedOut') dropOutReasons.push(match.closure?.reason ?? 'other');
    if (outcome === 'completed') {
      completed.volunteers.add(match.volunteerId);
      completed.mentees.add(match.menteeId);
      if (match.coordinatorId !== null) completed.coordinators.add(match.coordinatorId);
    }
    if (outcome !== 'running' && end !== null) lengths.push(end - start);
    typology.push(match.peer === null ? 'unknown' : match.peer ? 'peer' : 'nonPeer');
  }

  const forms = Object.fromEntries(MEETING_FORMATS.map((form) => [form, 0])) as Record<MeetingFormat, number>;
  // Per match: whether it logged in the whole period (slot 0) and in each part (slots 1…).
  const stride = parts.length + 1;
  const logged = new Uint8Array(inPeriod.length * stride);
  for (const log of facts.logs) {
    const m = matchIndex.get(log.matchId);
    if (m === undefined) continue;
    const day = dayNumber(log.date);
    if (day < range.first || day > range.last) continue;
    forms[log.form] += log.meetings ?? 1;
    whole.minutes += log.durationMinutes;
    if (logged[m * stride] === 0) {
      logged[m * stride] = 1;
      whole.logging += 1;
    }
    const p = partOf(day);
    const part = byPart[p];
    if (part) {
      part.minutes += log.durationMinutes;
      if (logged[m * stride + 1 + p] === 0) {
        logged[m * stride + 1 + p] = 1;
        part.logging += 1;
      }
    }
  }

  if (facts.logTotals) addLogTotals(facts.logTotals, { whole, byPart, forms, parts, unit: options.trendUnit, hasLogs: facts.logs.length > 0 });

  const people = new Map(facts.people.map((person) => [person.id, person]));
  const menteeBands = facts.settings.mentee === 'pupil' ? options.pupilAgeBands : options.adultAgeBands;
  const recruitment = recruitmentFunnel(RECRUITMENT_STAGES, facts.applicants, period, RECRUITMENT_CHANNELS);
  return {
    period,
    activity: activityOf(whole),
    activityByPeriod: parts.map((part, i) => ({ period: part, counts: activityOf(byPart[i]!) })),
    recruitmentChannels: { kind: 'breakdown', cells: Object.fromEntries(Object.entries(recruitment.byChannel).map(([channel, funnel]) => [channel, funnel.entered.value])) },
    recruitment,
    pilotFunnel: facts.pilotFunnel
      ? { volunteers: funnelCounts(PILOT_FUNNEL_STAGES, facts.pilotFunnel.volunteers, period), mentees: funnelCounts(PILOT_FUNNEL_STAGES, facts.pilotFunnel.mentees, period) }
      : null,
    participants: {
      coordinators: participantCounts(
        inPeriod.flatMap((match) => (match.coordinatorId === null ? [] : [match.coordinatorId])),
        people,
        period.until,
        options.adultAgeBands,
        completed.coordinators,
      ),
      volunteers: participantCounts(inPeriod.map((match) => match.volunteerId), people, period.until, options.adultAgeBands, completed.volunteers),
      mentees: participantCounts(inPeriod.map((match) => match.menteeId), people, period.until, menteeBands, completed.mentees),
    },
    matches: {
      total: count(inPeriod.length),
      started: count(started),
      outcome: breakdownOf(MATCH_OUTCOMES, outcomes),
      dropOutReasons: breakdownOf(CLOSURE_REASONS, dropOutReasons),
      typology: breakdownOf(['peer', 'nonPeer', 'unknown'] as const, typology),
      meetingForms: { kind: 'breakdown', cells: forms },
      lengthDays: distributionOf(lengths),
    },
  };
}

/** Adds log totals per month to the tallies of the whole period and of its months. */
function addLogTotals(
  totals: ReportLogTotals,
  into: { whole: ActivityTally; byPart: ActivityTally[]; forms: Record<MeetingFormat, number>; parts: readonly ReportPeriod[]; unit: PeriodUnit; hasLogs: boolean },
): void {
  if (into.unit !== 'month') throw new RangeError('log totals per month give a trend by month only');
  if (into.hasLogs) throw new RangeError('log totals replace the logs: pass one or the other');
  const partOfMonth = new Map(into.parts.map((part, i) => [part.from.slice(0, 7), i]));
  for (const { month, minutes, matches } of totals.months) {
    const i = partOfMonth.get(month);
    if (i === undefined) continue;
    into.whole.minutes += minutes;
    into.byPart[i]!.minutes += minutes;
    into.byPart[i]!.logging += matches;
  }
  into.whole.logging += totals.matches;
  for (const form of MEETING_FORMATS) into.forms[form] += totals.meetings[form] ?? 0;
}

/** Annex table 1 "Formaat van het proefproject (face-to-face, blended, enz.)", from the logged meetings. */
export type DeliveredFormat = 'faceToFace' | 'remote' | 'blended';

/** Face-to-face when every logged meeting was, remote when none was, blended otherwise; `null` without logs. */
export function deliveredFormatOf(meetingForms: Readonly<Record<MeetingFormat, number>>): DeliveredFormat | null {
  const faceToFace = meetingForms.faceToFace;
  const total = Object.values<number>(meetingForms).reduce((n, value) => n + value, 0);
  if (total === 0) return null;
  return faceToFace === total ? 'faceToFace' : faceToFace === 0 ? 'remote' : 'blended';
}

/** One heading of the report with the organisation's texts, the result groups and the figures (`blocks`) that go under it. */
export interface ReportSection {
  readonly key: ReportSectionKey;
  readonly number: string;
  readonly narrative: readonly { readonly heading: string | null; readonly text: string }[];
  readonly results: readonly PublishedResultGroup[];
  readonly blocks: readonly ReportBlock[];
}

/** The programme report as published: every figure about people through the small-numbers rule. */
export interface ProgrammeReport {
  readonly programmeId: string;
  readonly period: ReportPeriod;
  readonly minimumGroupSize: number;
  /** Annex table 1: what the programme is set up to be, and how meetings took place. */
  readonly structure: {
    readonly meetingFormats: readonly MeetingFormat[];
    readonly preferredMeetingFormat: MeetingFormat;
    readonly typology: MentorTypology;
    readonly duration: MatchDurationBounds;
    /** From the logged meetings; `null` without logs or when their breakdown is withheld. */
    readonly deliveredFormat: DeliveredFormat | null;
  };
  readonly figures: Published<ProgrammeReportCounts>;
  readonly satisfaction: {
    readonly items: readonly PublishedItem[];
    /** The suggestions as written, trimmed; withheld when fewer than the minimum wrote any. */
    readonly suggestions: { readonly shown: true; readonly respondents: number; readonly texts: readonly string[] } | { readonly shown: false; readonly reason: 'groupTooSmall' };
  };
  /** The annex's headings in order, each with its texts, results and figures. */
  readonly sections: readonly ReportSection[];
}

const RESULT_SECTION_SET: ReadonlySet<string> = new Set<ResultSection>(['collaborationChanges', 'mentorRole', 'processRole', 'menteePerception', 'mentorPerception', 'satisfaction']);

/**
 * The programme report for a period (see `programmeReportCounts` for the figures), published with
 * the small-numbers rule (`settings.minimumGroupSize`, default 5): figures withheld where they
 * would describe fewer people, questionnaire items with fewer respondents withheld (EVA-2), and
 * suggestions in the participants' own words only when at least that many wrote them. The
 * organisation's texts are passed through under their headings, in the annex's order.
 */
export function programmeReport(facts: ProgrammeReportFacts, period: ReportPeriod, settings: Partial<ProgrammeReportSettings> = {}): ProgrammeReport {
  const minimum = settings.minimumGroupSize ?? DEFAULT_MINIMUM_GROUP_SIZE;
  const counts = programmeReportCounts(facts, period, settings);
  const figures = publish(counts, minimum);
  const results = (facts.results ?? []).map((group) => publishResultGroup(group, minimum));
  const satisfaction = facts.satisfaction ?? { items: [], suggestions: { respondents: 0, texts: [] } };
  const texts = satisfaction.suggestions.texts.map((text) => text.trim()).filter((text) => text !== '');
  const narrative = facts.narrative ?? [];
  return {
    programmeId: facts.programmeId,
    period,
    minimumGroupSize: minimum,
    structure: {
      meetingFormats: facts.settings.meetingFormats,
      preferredMeetingFormat: facts.settings.preferredMeetingFormat,
      typology: facts.settings.mentorTypology,
      duration: facts.settings.matchDuration,
      deliveredFormat: figures.matches.meetingForms.total.shown ? deliveredFormatOf(counts.matches.meetingForms.cells) : null,
    },
    figures,
    satisfaction: {
      items: satisfaction.items.map((item) => publishItem(item, minimum)),
      suggestions:
        satisfaction.suggestions.respondents >= minimum ? { shown: true, respondents: satisfaction.suggestions.respondents, texts } : { shown: false, reason: 'groupTooSmall' },
    },
    sections: REPORT_SECTIONS.map((section) => ({
      key: section.key,
      number: section.number,
      narrative: narrative.filter((text) => text.section === section.key).map((text) => ({ heading: text.heading?.trim() || null, text: text.text })),
      results: RESULT_SECTION_SET.has(section.key) ? results.filter((group) => group.section === section.key) : [],
      blocks: section.blocks,
    })),
  };
}
