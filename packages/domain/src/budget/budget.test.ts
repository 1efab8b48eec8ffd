import { describe, expect, it } from 'vitest';
import { ok, runningMatch, tuesdayEvening } from '../schedule/fixtures.js';
import {
  activityBudgetOf,
  allowanceLimitsFor,
  allowanceStanding,
  checkActivityExpense,
  checkAllowancePayment,
  type ActivityExpense,
  type AllowancePayment,
} from './budget.js';

const schoolsCool = { activityBudgetCentsPerMatch: 5_000, volunteerAllowanceCentsPerMonth: 1_000 };
const match = runningMatch('2025-09-02', tuesdayEvening);
const TODAY = '2025-11-06';
const museum: ActivityExpense = { matchId: 'm-1', spentOn: '2025-10-18', amountCents: 3_250, description: 'Museum with the pupil', agreedWithFamily: true };

describe("activity budget (School's cool: \"een beperkt budget … om samen met de pupil een activiteit te ondernemen\")", () => {
  it("the budget of a match is the programme's amount less this match's expenses", () => {
    const other = { ...museum, matchId: 'm-2', amountCents: 4_000 };
    expect(activityBudgetOf('m-1', schoolsCool, [museum, other])).toEqual({ budgetCents: 5_000, spentCents: 3_250, leftCents: 1_750 });
  });

  it('an expense within what is left is accepted and returns the budget after it', () => {
    expect(ok(checkActivityExpense({ ...museum, spentOn: '2025-11-01', amountCents: 1_750 }, match, schoolsCool, [museum], TODAY))).toEqual({ budgetCents: 5_000, spentCents: 5_000, leftCents: 0 });
  });

  it('BUDGET.EXCEEDED: an expense above what is left is refused; a programme without a budget refuses every expense', () => {
    expect(checkActivityExpense({ ...museum, spentOn: '2025-11-01', amountCents: 1_751 }, match, schoolsCool, [museum], TODAY)).toEqual({ ok: false, code: 'BUDGET.EXCEEDED', field: 'amountCents' });
    expect(checkActivityExpense(museum, match, { activityBudgetCentsPerMatch: 0 }, [], TODAY)).toMatchObject({ code: 'BUDGET.EXCEEDED' });
  });

  it("BUDGET.NOT_AGREED_WITH_FAMILY: the activity is chosen with the pupil, \"in overleg met de ouders\"", () => {
    expect(checkActivityExpense({ ...museum, agreedWithFamily: false }, match, schoolsCool, [], TODAY)).toEqual({ ok: false, code: 'BUDGET.NOT_AGREED_WITH_FAMILY', field: 'agreedWithFamily' });
  });

  it('refusals: cents, description, dates while the match ran', () => {
    expect(checkActivityExpense({ ...museum, amountCents: 12.5 }, match, schoolsCool, [], TODAY)).toMatchObject({ code: 'BUDGET.AMOUNT_INVALID' });
    expect(checkActivityExpense({ ...museum, amountCents: 0 }, match, schoolsCool, [], TODAY)).toMatchObject({ code: 'BUDGET.AMOUNT_INVALID' });
    expect(checkActivityExpense({ ...museum, description: ' ' }, match, schoolsCool, [], TODAY)).toMatchObject({ code: 'BUDGET.DESCRIPTION_REQUIRED' });
    expect(checkActivityExpense({ ...museum, spentOn: '2025-11-07' }, match, schoolsCool, [], TODAY)).toMatchObject({ code: 'BUDGET.DATE_IN_FUTURE' });
    expect(checkActivityExpense({ ...museum, spentOn: '2025-09-01' }, match, schoolsCool, [], TODAY)).toMatchObject({ code: 'BUDGET.MATCH_NOT_RUNNING', field: 'spentOn' });
    expect(checkActivityExpense({ ...museum, matchId: 'm-2' }, match, schoolsCool, [], TODAY)).toMatchObject({ code: 'BUDGET.MATCH_NOT_RUNNING' });
    const ended = { ...match, end: { on: '2025-10-01', reason: 'completed' as const } };
    expect(checkActivityExpense(museum, ended, schoolsCool, [], TODAY)).toMatchObject({ code: 'BUDGET.MATCH_NOT_RUNNING' });
  });
});

describe('volunteer allowance (School\'s cool: "een kleine vrijwilligersvergoeding", within a yearly maximum)', () => {
  // A made-up yearly maximum for the test; the real one is a required setting.
  const limits = allowanceLimitsFor(schoolsCool, 10_000);
  const paid = (forMonth: string, paidOn: string, amountCents = 1_000, volunteerId = 'v-1'): AllowancePayment => ({ volunteerId, forMonth, paidOn, amountCents });

  it("the programme's monthly amount can be paid once a month", () => {
    expect(ok(checkAllowancePayment(paid('2025-10', '2025-11-01'), [paid('2025-09', '2025-10-01')], limits, TODAY))).toEqual({ monthPaidCents: 1_000, yearPaidCents: 2_000, leftCents: 0 });
  });

  it('ALLOWANCE.MONTH_LIMIT_EXCEEDED: no more than the monthly amount for one month, in parts or at once', () => {
    expect(checkAllowancePayment(paid('2025-10', '2025-11-01', 600), [paid('2025-10', '2025-10-20', 500)], limits, TODAY)).toEqual({
      ok: false,
      code: 'ALLOWANCE.MONTH_LIMIT_EXCEEDED',
      field: 'amountCents',
    });
    expect(checkAllowancePayment(paid('2025-10', '2025-11-01', 1_001), [], limits, TODAY)).toMatchObject({ code: 'ALLOWANCE.MONTH_LIMIT_EXCEEDED' });
    expect(checkAllowancePayment(paid('2025-10', '2025-11-01', 500), [paid('2025-10', '2025-10-20', 500, 'v-2')], limits, TODAY).ok).toBe(true);
  });

  it('ALLOWANCE.YEAR_LIMIT_EXCEEDED: the payments made in a calendar year stay within the yearly maximum', () => {
    const yearly = { monthlyCents: 1_000, yearlyCents: 2_500 };
    const earlier = [paid('2025-01', '2025-02-01'), paid('2025-02', '2025-03-01')];
    expect(checkAllowancePayment(paid('2025-03', '2025-04-01'), earlier, yearly, TODAY)).toEqual({ ok: false, code: 'ALLOWANCE.YEAR_LIMIT_EXCEEDED', field: 'amountCents' });
    expect(ok(checkAllowancePayment(paid('2025-03', '2025-04-01', 500), earlier, yearly, TODAY)).leftCents).toBe(0);
    // December's allowance paid in January counts in the new year.
    const december = [paid('2024-12', '2025-01-05')];
    expect(allowanceStanding('v-1', '2025-03', '2025-04-01', [...earlier, ...december], yearly).yearPaidCents).toBe(3_000);
    expect(allowanceStanding('v-1', '2024-12', '2024-12-20', december, yearly).yearPaidCents).toBe(0);
  });

  it('ALLOWANCE.NOT_PAID_BY_PROGRAMME: Thuisschoolmaatje and Parent\'R\'US pay none by default', () => {
    expect(checkAllowancePayment(paid('2025-10', '2025-11-01'), [], allowanceLimitsFor({ volunteerAllowanceCentsPerMonth: 0 }, 10_000), TODAY)).toMatchObject({ code: 'ALLOWANCE.NOT_PAID_BY_PROGRAMME' });
  });

  it('refusals: month and date, not in the future; cents; limits', () => {
    expect(checkAllowancePayment(paid('2025-12', '2025-11-01'), [], limits, TODAY)).toMatchObject({ code: 'ALLOWANCE.MONTH_IN_FUTURE', field: 'forMonth' });
    expect(checkAllowancePayment(paid('2025-13', '2025-11-01'), [], limits, TODAY)).toMatchObject({ code: 'ALLOWANCE.MONTH_INVALID' });
    expect(checkAllowancePayment(paid('2025-10', '2025-11-07'), [], limits, TODAY)).toMatchObject({ code: 'ALLOWANCE.DATE_IN_FUTURE', field: 'paidOn' });
    expect(checkAllowancePayment(paid('2025-10', '2025-11-01', -5), [], limits, TODAY)).toMatchObject({ code: 'ALLOWANCE.AMOUNT_INVALID' });
    expect(checkAllowancePayment(paid('2025-10', '2025-11-01'), [], { monthlyCents: 1_000, yearlyCents: Number.NaN }, TODAY)).toMatchObject({ code: 'ALLOWANCE.LIMITS_INVALID' });
  });
});
