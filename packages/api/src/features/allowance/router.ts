import { AllowancePayment, Volunteer, type EntityManager } from '@driehoek/db';
// Until `support.ts` is exported from the entities' index, its entities are imported from the file itself.
import { allowanceView, payAllowanceInput, volunteerRef } from '@driehoek/contracts/support';
import { allowanceLimitsFor, allowanceStanding, checkAllowancePayment } from '@driehoek/domain/budget';
import { coordinatorProcedure, router, type Actor } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';

/**
 * The yearly maximum of a volunteer's allowance: the Dutch tax-free volunteer allowance
 * (vrijwilligersvergoeding, Belastingdienst) of € 1.900 a calendar year. The Belastingdienst sets
 * this amount each year: it MUST be checked every January and changed here (or, once the programme
 * settings carry it, read from there; they do not yet). An organisation with a lower limit of its
 * own needs that setting.
 */
export const YEARLY_ALLOWANCE_LIMIT_CENTS = 190_000;

/** A volunteer of the actor's organisation, with their programme (whose settings hold the monthly allowance). */
async function loadVolunteer(em: EntityManager, actor: Actor, volunteerId: string) {
  const volunteer = await em.findOne(Volunteer, { id: volunteerId, organisation: actor.organisationId }, { populate: ['programme'] });
  if (!volunteer) throw new AppError('NOT_FOUND', 'volunteerId');
  return volunteer;
}

const limitsOf = (volunteer: Volunteer) => allowanceLimitsFor(volunteer.programme.settings, YEARLY_ALLOWANCE_LIMIT_CENTS);

const paymentRecordOf = (payment: AllowancePayment) => ({ volunteerId: payment.volunteer.id, forMonth: payment.forMonth, paidOn: payment.paidOn, amountCents: payment.amountCents });

/** The limits, what was paid for this month and in this calendar year (Europe/Amsterdam), and the payments, newest first. */
async function allowanceOf(em: EntityManager, volunteer: Volunteer, on: string) {
  const payments = await em.find(AllowancePayment, { volunteer }, { orderBy: { paidOn: 'desc', createdAt: 'desc' } });
  const limits = limitsOf(volunteer);
  const standing = allowanceStanding(volunteer.id, on.slice(0, 7), on, payments.map(paymentRecordOf), limits);
  return {
    monthlyLimitCents: limits.monthlyCents,
    yearlyLimitCents: limits.yearlyCents,
    paidThisMonthCents: standing.monthPaidCents,
    paidThisYearCents: standing.yearPaidCents,
    payments: payments.map((p) => ({ id: p.id, forMonth: p.forMonth, paidOn: p.paidOn, amountCents: p.amountCents })),
  };
}

/** A volunteer's allowance: the programme's monthly amount, the yearly maximum, and what was paid. */
const get = coordinatorProcedure
  .input(volunteerRef)
  .output(allowanceView)
  .query(async ({ ctx, input }) => {
    const volunteer = await loadVolunteer(ctx.em, ctx.actor, input.volunteerId);
    return allowanceOf(ctx.em, volunteer, today(ctx.services.clock));
  });

/** An allowance paid afterwards for a month; never more than the month's or the year's limit allows. */
const pay = coordinatorProcedure
  .input(payAllowanceInput)
  .output(allowanceView)
  .mutation(async ({ ctx, input }) => {
    const volunteer = await loadVolunteer(ctx.em, ctx.actor, input.volunteerId);
    const previous = await ctx.em.find(AllowancePayment, { volunteer });
    const on = today(ctx.services.clock);
    const checked = checkAllowancePayment(
      { volunteerId: volunteer.id, forMonth: input.forMonth, paidOn: input.paidOn, amountCents: input.amountCents },
      previous.map(paymentRecordOf),
      limitsOf(volunteer),
      on,
    );
    if (!checked.ok) throw new AppError(checked.code, checked.field);
    ctx.em.create(AllowancePayment, { organisation: ctx.actor.organisationId, volunteer, forMonth: input.forMonth, paidOn: input.paidOn, amountCents: input.amountCents, recordedById: ctx.actor.id });
    audit(ctx.em, ctx.actor, 'volunteer.allowance', 'Volunteer', volunteer.id);
    await ctx.em.flush();
    return allowanceOf(ctx.em, volunteer, on);
  });

export const allowancesRouter = router({ get, pay });
