import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@driehoek/domain/calendar';
import { AppError } from '../../errors/index.js';
import { TODAY, demoSignedIn, openDemoWorld, type TestWorld } from '../../testing/harness.js';
import { YEARLY_ALLOWANCE_LIMIT_CENTS } from './router.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
});
afterAll(async () => {
  await world?.close();
});

/** The domain code and field errors of a refusal, or 'ok'. */
const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: 'ok', fieldErrors: undefined }),
    (e: unknown) => (e instanceof AppError ? { code: e.domainCode, fieldErrors: e.fieldErrors } : { code: String(e), fieldErrors: undefined }),
  );

const MONTH = TODAY.slice(0, 7);

/** A School's cool volunteer with a running match (the programme pays € 10 a month). */
async function runningVolunteer() {
  const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
  const matches = await coordinator.matches.list({ stage: 'active' });
  const match = matches.find((m) => m.pupil.name === 'Noah Jansen')!;
  return { coordinator, volunteerId: match.volunteer.id };
}

describe('volunteer allowance', () => {
  it('shows the programme’s monthly amount, the yearly maximum and nothing paid yet', async () => {
    const { coordinator, volunteerId } = await runningVolunteer();
    expect(await coordinator.allowances.get({ volunteerId })).toEqual({
      monthlyLimitCents: 1_000,
      yearlyLimitCents: YEARLY_ALLOWANCE_LIMIT_CENTS,
      paidThisMonthCents: 0,
      paidThisYearCents: 0,
      payments: [],
    });
  });

  it('pays within the monthly limit', async () => {
    const { coordinator, volunteerId } = await runningVolunteer();
    const view = await coordinator.allowances.pay({ volunteerId, forMonth: MONTH, paidOn: TODAY, amountCents: 600 });
    expect(view).toMatchObject({ paidThisMonthCents: 600, paidThisYearCents: 600 });
    expect(view.payments).toEqual([expect.objectContaining({ forMonth: MONTH, paidOn: TODAY, amountCents: 600 })]);
  });

  it('refuses more than the month’s limit, on the amount, and saves nothing', async () => {
    const { coordinator, volunteerId } = await runningVolunteer();
    const refusal = await refusalOf(coordinator.allowances.pay({ volunteerId, forMonth: MONTH, paidOn: TODAY, amountCents: 500 }));
    expect(refusal).toEqual({ code: 'ALLOWANCE.MONTH_LIMIT_EXCEEDED', fieldErrors: { amountCents: 'ALLOWANCE.MONTH_LIMIT_EXCEEDED' } });
    expect((await coordinator.allowances.get({ volunteerId })).paidThisMonthCents).toBe(600);
    // The rest of the month's amount is still fine.
    expect((await coordinator.allowances.pay({ volunteerId, forMonth: MONTH, paidOn: TODAY, amountCents: 400 })).paidThisMonthCents).toBe(1_000);
  });

  it('pays afterwards: a month that has not begun is refused, an earlier month has its own limit', async () => {
    const { coordinator, volunteerId } = await runningVolunteer();
    const nextMonth = addMonths(TODAY, 1).slice(0, 7);
    expect((await refusalOf(coordinator.allowances.pay({ volunteerId, forMonth: nextMonth, paidOn: TODAY, amountCents: 100 }))).code).toBe('ALLOWANCE.MONTH_IN_FUTURE');
    const lastMonth = addMonths(TODAY, -1).slice(0, 7);
    const view = await coordinator.allowances.pay({ volunteerId, forMonth: lastMonth, paidOn: TODAY, amountCents: 1_000 });
    // The yearly maximum counts what was paid this year, also for last year's December.
    expect(view).toMatchObject({ paidThisMonthCents: 1_000, paidThisYearCents: 2_000 });
  });

  it('another organisation gets "not found", for reading and for paying', async () => {
    const { volunteerId } = await runningVolunteer();
    const utrecht = await demoSignedIn(world, 'coordinator@utrecht.example');
    expect((await refusalOf(utrecht.allowances.get({ volunteerId }))).code).toBe('NOT_FOUND');
    expect((await refusalOf(utrecht.allowances.pay({ volunteerId, forMonth: MONTH, paidOn: TODAY, amountCents: 100 }))).code).toBe('NOT_FOUND');
  });

  it('a school mentor may not see allowances', async () => {
    const { volunteerId } = await runningVolunteer();
    const mentor = await demoSignedIn(world, 'mentor@academie-tien.example');
    expect((await refusalOf(mentor.allowances.get({ volunteerId }))).code).toBe('AUTH.FORBIDDEN');
  });
});
