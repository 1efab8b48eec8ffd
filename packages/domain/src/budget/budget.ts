/**
 * The money of a running match (DOMAIN.md §5: "A limited activity budget per match (museum, sports
 * match, city visit), chosen together with the pupil and the parents; a small volunteer allowance
 * while funds last"; schoolscool-thuismentor-worden.txt). Amounts are whole euro cents.
 */
import { isIsoDate, type IsoDate } from '../calendar/index.js';
import type { MatchRecord } from '../match/types.js';
import type { ProgrammeSettings } from '../programme/settings.js';
import { accept, refuse, type Result } from '../result.js';
import type { Codes } from '../codes.js';

/** One activity paid from a match's budget. */
export interface ActivityExpense {
  readonly matchId: string;
  readonly spentOn: IsoDate;
  readonly amountCents: number;
  /** What it was for ("museum", "football match"). */
  readonly description: string;
  /** School's cool: "De keuze daarvoor wordt door de mentor samen met de pupil gemaakt, vanzelfsprekend in overleg met de ouders". */
  readonly agreedWithFamily: boolean;
}

/** A match's activity budget: the programme's amount, what was spent, and what is left. */
export interface ActivityBudget {
  readonly budgetCents: number;
  readonly spentCents: number;
  readonly leftCents: number;
}

export type BudgetProblem = Codes<
  | 'BUDGET.AMOUNT_INVALID'
  | 'BUDGET.EXCEEDED'
  | 'BUDGET.DATE_INVALID'
  | 'BUDGET.DATE_IN_FUTURE'
  | 'BUDGET.MATCH_NOT_RUNNING'
  | 'BUDGET.DESCRIPTION_REQUIRED'
  | 'BUDGET.NOT_AGREED_WITH_FAMILY'
>;

const wholePositiveCents = (value: number): boolean => Number.isInteger(value) && value > 0;

/**
 * The budget of one match: the programme's `activityBudgetCentsPerMatch` (School's cool € 50 by
 * default; 0 where the seed has none), less the expenses of this match. `leftCents` is never below
 * zero, even if the programme's amount was lowered after spending.
 */
export function activityBudgetOf(
  matchId: string,
  settings: Pick<ProgrammeSettings, 'activityBudgetCentsPerMatch'>,
  expenses: readonly ActivityExpense[],
): ActivityBudget {
  const spentCents = expenses.reduce((sum, expense) => (expense.matchId === matchId ? sum + expense.amountCents : sum), 0);
  const budgetCents = settings.activityBudgetCentsPerMatch;
  return { budgetCents, spentCents, leftCents: Math.max(0, budgetCents - spentCents) };
}

/**
 * Checks an expense before it is saved and returns the budget after it: whole cents above zero
 * (`BUDGET.AMOUNT_INVALID` on `amountCents`); no more than is left (`BUDGET.EXCEEDED` on
 * `amountCents`: the budget is "beperkt", so a programme with no budget refuses every expense);
 * a real date, not after `today`, while the match ran (`BUDGET.DATE_INVALID`,
 * `BUDGET.DATE_IN_FUTURE`, `BUDGET.MATCH_NOT_RUNNING` on `spentOn`); what it was for
 * (`BUDGET.DESCRIPTION_REQUIRED`); chosen with the pupil and the parents
 * (`BUDGET.NOT_AGREED_WITH_FAMILY` on `agreedWithFamily`, School's cool).
 */
export function checkActivityExpense(
  expense: ActivityExpense,
  match: MatchRecord,
  settings: Pick<ProgrammeSettings, 'activityBudgetCentsPerMatch'>,
  previous: readonly ActivityExpense[],
  today: IsoDate,
): Result<ActivityBudget, BudgetProblem> {
  if (!wholePositiveCents(expense.amountCents)) return refuse('BUDGET.AMOUNT_INVALID', 'amountCents');
  if (!isIsoDate(expense.spentOn)) return refuse('BUDGET.DATE_INVALID', 'spentOn');
  if (expense.spentOn > today) return refuse('BUDGET.DATE_IN_FUTURE', 'spentOn');
  const ran = expense.matchId === match.id && match.startedOn !== undefined && expense.spentOn >= match.startedOn && !(match.end && expense.spentOn > match.end.on);
  if (!ran) return refuse('BUDGET.MATCH_NOT_RUNNING', 'spentOn');
  if (expense.description.trim() === '') return refuse('BUDGET.DESCRIPTION_REQUIRED', 'description');
  if (!expense.agreedWithFamily) return refuse('BUDGET.NOT_AGREED_WITH_FAMILY', 'agreedWithFamily');
  const before = activityBudgetOf(match.id, settings, previous);
  if (expense.amountCents > before.leftCents) return refuse('BUDGET.EXCEEDED', 'amountCents');
  return accept({ ...before, spentCents: before.spentCents + expense.amountCents, leftCents: before.leftCents - expense.amountCents });
}

/** A calendar month, `YYYY-MM`. */
export type IsoMonth = string;

/** One allowance payment to a volunteer, for a month. */
export interface AllowancePayment {
  readonly volunteerId: string;
  readonly forMonth: IsoMonth;
  readonly paidOn: IsoDate;
  readonly amountCents: number;
}

/**
 * What a volunteer may receive: the programme's monthly allowance, and a yearly maximum. The yearly
 * maximum is required and has no default: it is the tax-free volunteer allowance
 * (vrijwilligersvergoeding) the Belastingdienst sets each year, or the organisation's own lower
 * limit; the domain does not guess this year's number.
 */
export interface AllowanceLimits {
  readonly monthlyCents: number;
  readonly yearlyCents: number;
}

/** The limits from the programme's `volunteerAllowanceCentsPerMonth` and the yearly maximum. */
export function allowanceLimitsFor(settings: Pick<ProgrammeSettings, 'volunteerAllowanceCentsPerMonth'>, yearlyCents: number): AllowanceLimits {
  return { monthlyCents: settings.volunteerAllowanceCentsPerMonth, yearlyCents };
}

/** What a volunteer was paid and may still be paid for a month and in a calendar year. */
export interface AllowanceStanding {
  readonly monthPaidCents: number;
  readonly yearPaidCents: number;
  /** The smaller of what is left in the month and in the year. */
  readonly leftCents: number;
}

export type AllowanceProblem = Codes<
  | 'ALLOWANCE.AMOUNT_INVALID'
  | 'ALLOWANCE.LIMITS_INVALID'
  | 'ALLOWANCE.MONTH_INVALID'
  | 'ALLOWANCE.MONTH_IN_FUTURE'
  | 'ALLOWANCE.DATE_INVALID'
  | 'ALLOWANCE.DATE_IN_FUTURE'
  | 'ALLOWANCE.NOT_PAID_BY_PROGRAMME'
  | 'ALLOWANCE.MONTH_LIMIT_EXCEEDED'
  | 'ALLOWANCE.YEAR_LIMIT_EXCEEDED'
>;

const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A volunteer's standing for a month (`forMonth`) and the calendar year of `paidOn`: the month
 * counts the payments for that month; the year counts the payments made in that year (the tax
 * limit is about what a volunteer receives in a year). Pass every payment to the volunteer, of
 * every programme of the organisation.
 */
export function allowanceStanding(
  volunteerId: string,
  forMonth: IsoMonth,
  paidOn: IsoDate,
  payments: readonly AllowancePayment[],
  limits: AllowanceLimits,
): AllowanceStanding {
  const year = paidOn.slice(0, 4);
  let monthPaidCents = 0;
  let yearPaidCents = 0;
  for (const payment of payments) {
    if (payment.volunteerId !== volunteerId) continue;
    if (payment.forMonth === forMonth) monthPaidCents += payment.amountCents;
    if (payment.paidOn.slice(0, 4) === year) yearPaidCents += payment.amountCents;
  }
  const leftCents = Math.max(0, Math.min(limits.monthlyCents - monthPaidCents, limits.yearlyCents - yearPaidCents));
  return { monthPaidCents, yearPaidCents, leftCents };
}

/**
 * Checks an allowance payment and returns the standing after it (DOMAIN.md §5 "a small volunteer
 * allowance while funds last"): whole cents above zero (`ALLOWANCE.AMOUNT_INVALID`); usable limits
 * (`ALLOWANCE.LIMITS_INVALID` on `limits`); a real month not after `today`'s
 * (`ALLOWANCE.MONTH_INVALID`, `ALLOWANCE.MONTH_IN_FUTURE` on `forMonth`: an allowance is paid
 * afterwards); a real payment date not after `today` (`ALLOWANCE.DATE_INVALID`,
 * `ALLOWANCE.DATE_IN_FUTURE` on `paidOn`); a programme that pays an allowance
 * (`ALLOWANCE.NOT_PAID_BY_PROGRAMME`); within the month's limit (`ALLOWANCE.MONTH_LIMIT_EXCEEDED`)
 * and the year's (`ALLOWANCE.YEAR_LIMIT_EXCEEDED`), both on `amountCents`.
 */
export function checkAllowancePayment(
  payment: AllowancePayment,
  previous: readonly AllowancePayment[],
  limits: AllowanceLimits,
  today: IsoDate,
): Result<AllowanceStanding, AllowanceProblem> {
  if (!wholePositiveCents(payment.amountCents)) return refuse('ALLOWANCE.AMOUNT_INVALID', 'amountCents');
  if (!(Number.isInteger(limits.monthlyCents) && limits.monthlyCents >= 0 && Number.isInteger(limits.yearlyCents) && limits.yearlyCents >= 0)) {
    return refuse('ALLOWANCE.LIMITS_INVALID', 'limits');
  }
  if (!ISO_MONTH.test(payment.forMonth)) return refuse('ALLOWANCE.MONTH_INVALID', 'forMonth');
  if (payment.forMonth > today.slice(0, 7)) return refuse('ALLOWANCE.MONTH_IN_FUTURE', 'forMonth');
  if (!isIsoDate(payment.paidOn)) return refuse('ALLOWANCE.DATE_INVALID', 'paidOn');
  if (payment.paidOn > today) return refuse('ALLOWANCE.DATE_IN_FUTURE', 'paidOn');
  if (limits.monthlyCents === 0) return refuse('ALLOWANCE.NOT_PAID_BY_PROGRAMME', 'amountCents');
  const before = allowanceStanding(payment.volunteerId, payment.forMonth, payment.paidOn, previous, limits);
  if (before.monthPaidCents + payment.amountCents > limits.monthlyCents) return refuse('ALLOWANCE.MONTH_LIMIT_EXCEEDED', 'amountCents');
  if (before.yearPaidCents + payment.amountCents > limits.yearlyCents) return refuse('ALLOWANCE.YEAR_LIMIT_EXCEEDED', 'amountCents');
  return accept(allowanceStanding(payment.volunteerId, payment.forMonth, payment.paidOn, [...previous, payment], limits));
}
