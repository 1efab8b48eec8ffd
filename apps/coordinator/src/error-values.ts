import { MAX_TEXT_LENGTH } from '@driehoek/domain/evaluation';
import { PUPIL_AGE_RANGE } from '@driehoek/domain/pupil';
import { HOLIDAY_EDIT_MAX_DAYS } from '@driehoek/domain/school-holidays';

/**
 * The numbers a code's words name, taken from the domain rule that gives the code, so the text
 * says the same as the rule (`{{min}}`, `{{max}}` in the locales). Only the rules' own constants:
 * never data about a person. `server-errors.test.ts` checks every placeholder has its value here.
 */
export const CODE_VALUES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'EVALUATION.TEXT_LENGTH_INVALID': { maxLength: MAX_TEXT_LENGTH },
  'HOLIDAYS.RANGE_TOO_LONG': { maxDays: HOLIDAY_EDIT_MAX_DAYS },
  'PUPIL.AGE_OUT_OF_RANGE': { min: PUPIL_AGE_RANGE.min, max: PUPIL_AGE_RANGE.max },
};
