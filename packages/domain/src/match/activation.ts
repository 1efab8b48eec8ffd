/**
 * The start of a match (CON-1), the getting-to-know period and the coordinator's confirmation
 * (parentrus-mentormodel-ouderbetrokkenheid.txt 3.3.3: "Het is het officiële begin van het
 * mentorproces en de 'kennismakingsfase'. Dit duurt een paar weken omdat bevestigd moet worden dat
 * mentor en leerling goed met elkaar samenwerken - matching confirmation").
 */
import { addDays, type IsoDate } from '../calendar/index.js';
import { checkMatchActivation, type MatchActivationFacts } from '../consent/activation.js';
import { accept, refuse, type Refusal, type Result } from '../result.js';
import { checkSafeguardingRoles, type SafeguardingRoles } from '../safeguarding/roles.js';
import { checkStepDate, filled } from './dates.js';
import { latestRecordedDate, matchStage, missingStepsBeforeStart } from './stage.js';
import type { MatchConfirmation, MatchLifecycleSettings, MatchNextStep, MatchProblem, MatchRecord } from './types.js';

/**
 * What the start (and the resumption) of a match is checked against: CON-1's facts, and SAF-17's
 * safeguarding roles of the organisation.
 */
export interface MatchStartFacts extends MatchActivationFacts {
  /**
   * SAF-17: the organisation's safeguarding lead(s) and deputy (`checkSafeguardingRoles`). Optional
   * only until the api passes it; without it SAF-17 is not checked here.
   */
  readonly safeguardingRoles?: SafeguardingRoles;
}

/**
 * CON-1 and SAF-17 together: the first reason a match may not start (or resume) on the day, or
 * `null`. CON-1's `CONSENT.*` codes first, then `SAFEGUARDING.LEAD_MISSING` / `DEPUTY_MISSING`.
 */
export function checkMatchStart(facts: MatchStartFacts): Refusal<MatchProblem> | null {
  return checkMatchActivation(facts) ?? (facts.safeguardingRoles ? checkSafeguardingRoles(facts.safeguardingRoles) : null);
}

/** The refusal for the first step the match still lacks. */
function missingStepRefusal(step: MatchNextStep): Refusal<MatchProblem> {
  switch (step.step) {
    case 'signature':
      return refuse('MATCH.SIGNATURES_MISSING', 'signatures');
    case 'warmHandover':
      return refuse('MATCH.WARM_HANDOVER_MISSING', 'warmHandover');
    case 'agreement':
      return refuse('MATCH.WRONG_STAGE', `agreements.${step.side}`);
    default:
      return refuse('MATCH.WRONG_STAGE', step.step);
  }
}

/**
 * Makes the match active on `today`. Refused unless it is open and not yet active
 * (`MATCH.WRONG_STAGE` on `stage`); unless every step the programme's settings require is recorded,
 * the first missing one named: the matching conversation, either side's agreement or the weekly time
 * (`MATCH.WRONG_STAGE` on `introduction`, `agreements.volunteer`, `agreements.family`,
 * `weeklyTime`), a signature (`MATCH.SIGNATURES_MISSING`), the warm handover
 * (`MATCH.WARM_HANDOVER_MISSING`, Thuisschoolmaatje step 5: "Voordat de ondersteuning van start
 * gaat"); and unless CON-1 holds on that day (`checkMatchActivation`: the pupil's and a guardian's
 * consent, the volunteer's screening CLEARED, no suspending concern; its `CONSENT.*` code passes
 * through) and the organisation has a safeguarding lead and a deputy (SAF-17, when
 * `facts.safeguardingRoles` is given; `SAFEGUARDING.*` passes through). Sets `startedOn` and `gettingToKnowUntil` (`startedOn` + the programme's weeks; `null`
 * for a programme without a getting-to-know period, whose match is confirmed from the start).
 */
export function activateMatch(
  match: MatchRecord,
  facts: MatchStartFacts,
  settings: MatchLifecycleSettings,
  today: IsoDate,
): Result<MatchRecord, MatchProblem> {
  const stage = matchStage(match);
  if (stage === 'active' || stage === 'suspended' || stage === 'declined' || stage === 'ended') return refuse('MATCH.WRONG_STAGE', 'stage');
  const [missing] = missingStepsBeforeStart(match, settings);
  if (missing) return missingStepRefusal(missing);
  if (latestRecordedDate(match) > today) return refuse('MATCH.DATE_BEFORE_PREVIOUS_STEP', 'startedOn');
  const startRefusal = checkMatchStart(facts);
  if (startRefusal) return startRefusal;
  const weeks = settings.gettingToKnowWeeks;
  return accept({ ...match, startedOn: today, gettingToKnowUntil: weeks > 0 ? addDays(today, 7 * weeks) : null });
}

/**
 * The coordinator confirms the match after the getting-to-know period (Parent'R'US "matching
 * confirmation"). Only on an active match that has a period and is not confirmed yet
 * (`MATCH.WRONG_STAGE`); not before `gettingToKnowUntil` (`MATCH.GETTING_TO_KNOW_NOT_OVER` on
 * `confirmedOn`) nor after `today`; by a named person (`MATCH.PERSON_REQUIRED` on `by`). The period
 * was fixed at activation, so a later change of the setting does not move it.
 */
export function confirmMatch(match: MatchRecord, confirmation: MatchConfirmation, today: IsoDate): Result<MatchRecord, MatchProblem> {
  const until = match.gettingToKnowUntil;
  if (matchStage(match) !== 'active' || !until || match.confirmation) return refuse('MATCH.WRONG_STAGE', 'confirmation');
  if (!filled(confirmation.by)) return refuse('MATCH.PERSON_REQUIRED', 'by');
  const dateRefusal = checkStepDate(confirmation.confirmedOn, 'confirmedOn', latestRecordedDate(match), today);
  if (dateRefusal) return dateRefusal;
  if (confirmation.confirmedOn < until) return refuse('MATCH.GETTING_TO_KNOW_NOT_OVER', 'confirmedOn');
  return accept({ ...match, confirmation: { confirmedOn: confirmation.confirmedOn, by: confirmation.by.trim() } });
}
