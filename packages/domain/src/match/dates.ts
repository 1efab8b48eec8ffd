/** Date checks shared by the match steps (not exported from the folder's index). */
import { requireIsoDate } from '../input.js';
import { isIsoDate, type IsoDate } from '../calendar/index.js';
import { refuse, type Refusal } from '../result.js';
import type { Codes } from '../codes.js';

export type StepDateProblem = Codes< 'MATCH.DATE_INVALID' | 'MATCH.DATE_IN_FUTURE' | 'MATCH.DATE_BEFORE_PREVIOUS_STEP'>;

/**
 * A step's date is a real calendar date, not after `today` (the domain records what happened), and
 * not before the step it follows (ASVS 2.3.1: business flows cannot skip steps).
 */
export function checkStepDate(date: IsoDate, field: string, earliest: IsoDate, today: IsoDate): Refusal<StepDateProblem> | null {
  requireIsoDate(today, 'today'); // the caller's clock, not a user's entry: malformed is a bug
  if (!isIsoDate(date)) return refuse('MATCH.DATE_INVALID', field);
  if (date > today) return refuse('MATCH.DATE_IN_FUTURE', field);
  if (date < earliest) return refuse('MATCH.DATE_BEFORE_PREVIOUS_STEP', field);
  return null;
}

/** True for a string with something other than white space in it. */
export const filled = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';
