/**
 * Funnels: how many candidates reach each stage, the conversion from one stage to the next and the
 * time spent in each (DOMAIN.md §1: "report the funnel per channel"; schoolscool-draagvlak-onderzoek.txt
 * recommends employers' intranets, volunteer centres and social media, so the funnel is also per
 * channel and per employer), and the nudge for a candidate who has stalled in a stage.
 *
 * A funnel is a list of stages in order; each candidate has the day they reached a stage, or
 * `notNeeded` for a stage they pass without it (a screening step the programme waives, the
 * Parent'R'US interview "indien nodig"). The same rules serve the Parent'R'US pilot table and the
 * volunteer recruitment funnel.
 */
import type { IsoDate } from '../calendar/index.js';
import { SCREENING_STEPS, type ScreeningAssessment } from '../screening/types.js';
import { dayNumber } from '../schedule/days.js';
import { count, distributionOf, share, type Count, type Distribution, type Share } from './measures.js';
import { dayRangeOf, type ReportPeriod } from './period.js';

/**
 * The Parent'R'US pilot funnel (annex "Sjabloon voor mentorrapportage", 1.2): "Bekendmaking van het
 * programma, Verwijzing van kandidaten, Blijken van belangstelling van de kandidaten,
 * Zelfbeoordeling van de kandidaten, Gesprek met de kandidaten (indien nodig), Pre-matching".
 */
export const PILOT_FUNNEL_STAGES = ['announcement', 'referral', 'expressionOfInterest', 'selfAssessment', 'interview', 'preMatching'] as const;
export type PilotFunnelStage = (typeof PILOT_FUNNEL_STAGES)[number];

/**
 * A volunteer's way in: the application, the screening steps in their order (`SCREENING_STEPS`),
 * ready to match, and the first match.
 */
export const RECRUITMENT_STAGES = ['applied', ...SCREENING_STEPS, 'readyToMatch', 'matched'] as const;
export type RecruitmentStage = (typeof RECRUITMENT_STAGES)[number];

/** The day a stage was reached, or `notNeeded` for a stage passed without it. */
export type StageMark = IsoDate | 'notNeeded';

/** One candidate (an applicant, a referred parent) as a funnel sees them. */
export interface FunnelCandidate<S extends string> {
  readonly id: string;
  /** Per stage: the day it was reached, `notNeeded`, or absent when not (yet) reached. */
  readonly reached: Readonly<Partial<Record<S, StageMark>>>;
  /** The day the candidate left (rejected, withdrew); never nudged after it. */
  readonly leftOn?: IsoDate | null;
  /** How they heard of us (`RecruitmentChannel`); `null` when unknown. */
  readonly channel?: string | null;
  /** The employer of an employer-supported volunteer, as the api groups it (trimmed, or an id). */
  readonly employer?: string | null;
}

/** One stage of a funnel, as numbers. */
export interface StageCounts {
  /** Candidates with a day for this stage. */
  readonly reached: Count;
  /** Candidates who did not need it. */
  readonly notNeeded: Count;
  /** Candidates through this stage: reached, not needed, or a later stage reached. */
  readonly passed: Count;
  /** Passed this stage of those who passed the one before (the first stage: of the cohort). */
  readonly conversion: Share;
  /** Days from reaching this stage to reaching the next stage with a day, for those who did. */
  readonly daysInStage: Distribution;
}

/** A funnel over a cohort: the candidates who entered in a period, followed to the stages they have reached since. */
export type FunnelCounts<S extends string> = {
  readonly entered: Count;
  readonly stages: { readonly [K in S]: StageCounts };
};

const isDate = (mark: StageMark | undefined): mark is IsoDate => mark !== undefined && mark !== 'notNeeded';

/** The day a candidate entered: the earliest day among their stages; `null` with none. */
function enteredOn<S extends string>(candidate: FunnelCandidate<S>): IsoDate | null {
  let first: IsoDate | null = null;
  for (const mark of Object.values<StageMark | undefined>(candidate.reached)) if (isDate(mark) && (first === null || mark < first)) first = mark;
  return first;
}

/** Per stage, whether the candidate is through it: reached, not needed, or a later stage reached. */
function passedStages<S extends string>(stages: readonly S[], candidate: FunnelCandidate<S>): boolean[] {
  const passed = new Array<boolean>(stages.length).fill(false);
  let later = false;
  for (let i = stages.length - 1; i >= 0; i -= 1) {
    const mark = candidate.reached[stages[i]!];
    if (isDate(mark)) later = true;
    passed[i] = later || mark === 'notNeeded';
  }
  return passed;
}

/**
 * The funnel of the candidates who entered within `cohort` (their earliest stage day falls in it),
 * followed to every stage they reached since: per stage reached, not needed, passed, the conversion
 * from the stage before, and the days spent in it (to the next stage with a day; a stage reached
 * out of order counts 0 days). A cohort rather than "what happened in the period", so conversions
 * compare the same people. Linear in the candidates.
 */
export function funnelCounts<S extends string>(stages: readonly S[], candidates: readonly FunnelCandidate<S>[], cohort: ReportPeriod): FunnelCounts<S> {
  const range = dayRangeOf(cohort);
  const reached = new Array<number>(stages.length).fill(0);
  const notNeeded = new Array<number>(stages.length).fill(0);
  const passed = new Array<number>(stages.length).fill(0);
  const days: number[][] = stages.map(() => []);
  let entered = 0;
  for (const candidate of candidates) {
    const first = enteredOn(candidate);
    if (first === null) continue;
    const firstDay = dayNumber(first);
    if (firstDay < range.first || firstDay > range.last) continue;
    entered += 1;
    const through = passedStages(stages, candidate);
    let nextDay: number | null = null;
    for (let i = stages.length - 1; i >= 0; i -= 1) {
      const mark = candidate.reached[stages[i]!];
      if (through[i]) passed[i]! += 1;
      if (mark === 'notNeeded') notNeeded[i]! += 1;
      if (isDate(mark)) {
        reached[i]! += 1;
        const day = dayNumber(mark);
        if (nextDay !== null) days[i]!.push(Math.max(0, nextDay - day));
        nextDay = day;
      }
    }
  }
  const stageCounts = Object.fromEntries(
    stages.map((stage, i) => [
      stage,
      {
        reached: count(reached[i]!),
        notNeeded: count(notNeeded[i]!),
        passed: count(passed[i]!),
        conversion: share(passed[i]!, i === 0 ? entered : passed[i - 1]!),
        daysInStage: distributionOf(days[i]!),
      } satisfies StageCounts,
    ]),
  ) as { [K in S]: StageCounts };
  return { entered: count(entered), stages: stageCounts };
}

/** The recruitment funnel, for all candidates and per channel and employer. */
export interface RecruitmentFunnel<S extends string> {
  readonly all: FunnelCounts<S>;
  /** Per channel; candidates without one under `unknown`. Every channel in `channels` is present. */
  readonly byChannel: Readonly<Record<string, FunnelCounts<S>>>;
  /** Per employer, for the candidates who gave one (employer-supported volunteering). */
  readonly byEmployer: Readonly<Record<string, FunnelCounts<S>>>;
}

/**
 * The funnel of a cohort of candidates, in all and per recruitment channel and per employer
 * (DOMAIN.md §1: "Record 'how did you hear of us' and an optional employer, and report the funnel
 * per channel"). `channels` lists the channels that are always present (`RECRUITMENT_CHANNELS`),
 * so a channel that brought nobody shows as zero rather than disappearing.
 */
export function recruitmentFunnel<S extends string>(
  stages: readonly S[],
  candidates: readonly FunnelCandidate<S>[],
  cohort: ReportPeriod,
  channels: readonly string[] = [],
): RecruitmentFunnel<S> {
  const byChannel = new Map<string, FunnelCandidate<S>[]>([...channels, 'unknown'].map((channel) => [channel, []]));
  const byEmployer = new Map<string, FunnelCandidate<S>[]>();
  for (const candidate of candidates) {
    const channel = candidate.channel ?? 'unknown';
    const list = byChannel.get(channel);
    if (list) list.push(candidate);
    else byChannel.set(channel, [candidate]);
    const employer = candidate.employer?.trim();
    if (employer) {
      const employed = byEmployer.get(employer);
      if (employed) employed.push(candidate);
      else byEmployer.set(employer, [candidate]);
    }
  }
  const funnels = (groups: Map<string, FunnelCandidate<S>[]>): Record<string, FunnelCounts<S>> =>
    Object.fromEntries([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, group]) => [key, funnelCounts(stages, group, cohort)]));
  return { all: funnelCounts(stages, candidates, cohort), byChannel: funnels(byChannel), byEmployer: funnels(byEmployer) };
}

/**
 * The stages a volunteer has reached, from what screening decided (`assessScreening`, so the rules
 * of SCR-1…8 stay in one place): `applied` on the application day; each screening step on the day
 * it was done, or `notNeeded` when the programme waives it; `readyToMatch` on the day the last step
 * was done once the volunteer is ready; `matched` on the day of the first match, when there is one.
 */
export function recruitmentStagesReached(
  appliedOn: IsoDate,
  assessment: Pick<ScreeningAssessment, 'readyToMatch' | 'steps'>,
  matchedOn: IsoDate | null = null,
): Partial<Record<RecruitmentStage, StageMark>> {
  const reached: Partial<Record<RecruitmentStage, StageMark>> = { applied: appliedOn };
  let lastDone = appliedOn;
  for (const step of assessment.steps) {
    if (step.state === 'waived') reached[step.step] = 'notNeeded';
    else if (step.state === 'done' && step.doneOn !== undefined) {
      reached[step.step] = step.doneOn;
      if (step.doneOn > lastDone) lastDone = step.doneOn;
    }
  }
  if (assessment.readyToMatch) reached.readyToMatch = lastDone;
  if (matchedOn !== null) reached.matched = matchedOn;
  return reached;
}

/**
 * Days a candidate may wait for a stage after their last step forward before a nudge, per stage
 * waited for; a stage without a number is never nudged.
 */
export type NudgeDays<S extends string> = Readonly<Partial<Record<S, number>>>;

/**
 * Product defaults [D] for volunteer recruitment: two weeks to the intake interview, the references,
 * and the code of conduct; three weeks for the VOG (Justis usually decides within a few weeks of
 * the request); four weeks for the training. No nudge for "ready to match" (it follows the last
 * step) or for a match (that waits on the coordinator, whose dashboard shows it).
 */
export const DEFAULT_RECRUITMENT_NUDGE_DAYS: NudgeDays<RecruitmentStage> = {
  intakeInterview: 14,
  referenceChecks: 14,
  vog: 21,
  codeOfConduct: 14,
  training: 28,
};

/** A candidate who has not moved on for longer than the stage allows. */
export interface StalledCandidate<S extends string> {
  readonly candidateId: string;
  /** The first stage they have not passed. */
  readonly waitingFor: S;
  /** Their last step forward (the latest day among their stages). */
  readonly since: IsoDate;
  readonly days: number;
  /**
   * Stable per candidate and stage (`reporting.nudge:<candidateId>:<stage>`): a job that runs
   * every day sends a nudge once per key, however often it runs.
   */
  readonly key: string;
}

/** The stable key of the nudge for a candidate waiting for a stage. */
export const nudgeKey = (candidateId: string, stage: string): string => `reporting.nudge:${candidateId}:${stage}`;

/**
 * The candidates stalled on `today`: still in the funnel (not left), not through every stage, and
 * waiting for the first stage they have not passed for at least its `nudgeDays`, counted from their
 * last step forward. Each comes with a key that is the same every day, so nudging is once each.
 * Sorted by the longest wait, then id.
 */
export function stalledCandidates<S extends string>(
  stages: readonly S[],
  candidates: readonly FunnelCandidate<S>[],
  nudgeDays: NudgeDays<S>,
  today: IsoDate,
): readonly StalledCandidate<S>[] {
  const todayDay = dayNumber(today);
  const stalled: StalledCandidate<S>[] = [];
  for (const candidate of candidates) {
    if (candidate.leftOn != null && candidate.leftOn <= today) continue;
    const through = passedStages(stages, candidate);
    const index = through.indexOf(false);
    if (index === -1) continue;
    const waitingFor = stages[index]!;
    const allowed = nudgeDays[waitingFor];
    let since: IsoDate | null = null;
    for (const mark of Object.values<StageMark | undefined>(candidate.reached)) if (isDate(mark) && mark <= today && (since === null || mark > since)) since = mark;
    if (allowed === undefined || since === null) continue;
    const days = todayDay - dayNumber(since);
    if (days >= allowed) stalled.push({ candidateId: candidate.id, waitingFor, since, days, key: nudgeKey(candidate.id, waitingFor) });
  }
  return stalled.sort((a, b) => b.days - a.days || (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0));
}
