/**
 * The code of conduct (gedragscode) for working with (vulnerable) young people: signed in the
 * programme's current version (SCR-1), re-accepted within a period when the version changes (SCR-6).
 */
import { addDays, compareDates, type IsoDate } from '../calendar/index.js';
import type { CodeOfConductAcceptance, ScreeningPolicy } from './types.js';

/**
 * Where a volunteer's signature stands against the current version:
 * `missing` (never signed), `current`, `outdatedWithinGrace` (an older version, and the
 * re-acceptance period has not run out), `outdatedAfterGrace`.
 */
export type CodeOfConductStanding = 'missing' | 'current' | 'outdatedWithinGrace' | 'outdatedAfterGrace';

/**
 * SCR-6: the day from which a volunteer who has not re-accepted a changed code needs action:
 * `codeOfConductReacceptDays` after the current version took effect.
 */
export function codeOfConductReacceptBy(policy: ScreeningPolicy): IsoDate {
  return addDays(policy.codeOfConductVersionSince, policy.codeOfConductReacceptDays);
}

/**
 * SCR-1/SCR-6: how a signature compares with the programme's current version on `today`. Any
 * version other than the current one counts as older: versions are labels, not ordered numbers.
 */
export function codeOfConductStanding(
  acceptance: CodeOfConductAcceptance | undefined,
  policy: ScreeningPolicy,
  today: IsoDate,
): CodeOfConductStanding {
  if (!acceptance) return 'missing';
  if (acceptance.version === policy.codeOfConductVersion) return 'current';
  return compareDates(today, codeOfConductReacceptBy(policy)) < 0 ? 'outdatedWithinGrace' : 'outdatedAfterGrace';
}
