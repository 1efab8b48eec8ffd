import { attentionItemView } from '@driehoek/contracts/attention';
import { checkInInput, endMatchInput, scheduledMeeting } from '@driehoek/contracts/running';

/** The vocabulary of a running match, in the contracts' order. */
export const CHECK_IN_WITH = checkInInput.shape.withWhom.options;
export const CHECK_IN_HOW = checkInInput.shape.how.options;
export const CLOSURE_REASONS = endMatchInput.shape.reason.options;
export const ENDED_BY = endMatchInput.shape.endedBy.options;
export const MEETING_KINDS = scheduledMeeting.shape.kind.options;
export const URGENCIES = attentionItemView.shape.urgency.options;
export type Urgency = (typeof URGENCIES)[number];

/** The exceptions a coordinator adds to the weekly schedule (the contract's `exception.kind`). */
export const EXCEPTION_KINDS = ['cancelled', 'moved', 'paused'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

/** Why a regular meeting does not take place (packages/domain/src/schedule, `SkipReason`). */
export const SKIP_REASONS = ['cancelled', 'moved', 'paused', 'holiday', 'suspended'] as const;

/** The reasons a running match needs attention, in the attention list's order: the domain's own list. */
export { ATTENTION_KINDS } from '@driehoek/domain/attention';

/** The refusals of the schedule, budget and closure procedures (packages/domain: schedule, budget, closure). */
export const SCHEDULE_CODES = [
  'SCHEDULE.DATE_INVALID',
  'SCHEDULE.DATE_IN_PAST',
  'SCHEDULE.DURATION_INVALID',
  'SCHEDULE.DURATION_REQUIRED',
  'SCHEDULE.END_BEFORE_START',
  'SCHEDULE.NOT_STARTED',
  'SCHEDULE.NO_SUCH_MEETING',
  'SCHEDULE.NO_WEEKLY_TIME',
  'SCHEDULE.RANGE_INVALID',
  'SCHEDULE.SLOTS_DO_NOT_MATCH_CADENCE',
  'SCHEDULE.TIME_INVALID',
] as const;
export const BUDGET_CODES = [
  'BUDGET.AMOUNT_INVALID',
  'BUDGET.DATE_INVALID',
  'BUDGET.DATE_IN_FUTURE',
  'BUDGET.DESCRIPTION_REQUIRED',
  'BUDGET.EXCEEDED',
  'BUDGET.MATCH_NOT_RUNNING',
  'BUDGET.NOT_AGREED_WITH_FAMILY',
] as const;
export const CLOSURE_CODES = ['CLOSURE.NOTE_REQUIRED', 'CLOSURE.PERSON_REQUIRED', 'CLOSURE.ENDED_BY_INVALID'] as const;

/** Families of codes whose unknown members get the family's general text (`SCHEDULE.unknown`), never the raw code. */
export const CODE_FAMILIES = ['SCHEDULE', 'BUDGET', 'CLOSURE'] as const;
