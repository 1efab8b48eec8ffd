import { BreachEntry, type EntityManager } from '@driehoek/db';
import { breachStanding, type BreachRisk, type SubjectNotificationException } from '@driehoek/domain/privacy';
import { assessBreachInput, breachView, breachViews, notifyBreachInput, recordBreachInput } from '@driehoek/contracts/privacy';
import { AppError } from '../../errors/index.js';
import { adminProcedure } from '../../trpc/index.js';

const instant = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

/** A breach in the register with where it stands now (PRV-4: the AP within 72 hours of discovery). */
function viewOf(row: BreachEntry, now: Date) {
  const risk = (row.risk as BreachRisk | null) ?? null;
  const standing = breachStanding(
    {
      id: row.id,
      discoveredAt: instant(row.discoveredAt),
      riskAssessment: risk && row.assessedAt ? { risk, assessedAt: instant(row.assessedAt), rationale: row.riskRationale ?? '' } : null,
      apNotifiedAt: row.apNotifiedAt ? instant(row.apNotifiedAt) : null,
      delayReason: row.delayReason ?? null,
      subjectsNotifiedAt: row.subjectsNotifiedAt ? instant(row.subjectsNotifiedAt) : null,
      subjectNotificationException: (row.subjectNotificationException as SubjectNotificationException | null) ?? null,
    },
    instant(now),
  );
  return {
    id: row.id,
    discoveredAt: row.discoveredAt.toISOString(),
    summary: row.summary,
    risk,
    apNotificationDueAt: standing.apNotificationDueAt,
    apNotificationRequired: standing.apNotificationRequired,
    apNotifiedAt: row.apNotifiedAt?.toISOString() ?? null,
    apOverdue: standing.apOverdue,
    hoursLeft: standing.hoursLeft,
    subjectsNotificationRequired: standing.subjectsNotificationRequired,
    subjectsNotifiedAt: row.subjectsNotifiedAt?.toISOString() ?? null,
    problems: [...standing.problems],
  };
}

async function ownBreach(em: EntityManager, organisation: string, breachId: string): Promise<BreachEntry> {
  const row = await em.findOne(BreachEntry, { id: breachId, organisation });
  if (!row) throw new AppError('NOT_FOUND', 'breachId');
  return row;
}

/** The breach register (GDPR 33(5)), newest discovery first. */
export const listBreaches = adminProcedure.output(breachViews).query(async ({ ctx }) => {
  const rows = await ctx.em.find(BreachEntry, { organisation: ctx.actor.organisationId }, { orderBy: { discoveredAt: 'desc' } });
  const now = ctx.services.clock.now();
  return rows.map((row) => viewOf(row, now));
});

/** Records a breach as soon as it is discovered: the 72 hours run from `discoveredAt` (PRV-4). */
export const recordBreach = adminProcedure
  .input(recordBreachInput)
  .output(breachView)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.services.clock.now();
    const discoveredAt = new Date(input.discoveredAt);
    const row = ctx.em.create(BreachEntry, {
      organisation: ctx.actor.organisationId,
      discoveredAt,
      summary: input.summary,
      risk: null,
      riskRationale: null,
      assessedAt: null,
      apNotifiedAt: null,
      delayReason: null,
      subjectsNotifiedAt: null,
      subjectNotificationException: null,
      closedOn: null,
      createdById: ctx.actor.id,
    });
    const view = viewOf(row, now);
    if (view.problems.includes('BREACH.DISCOVERED_IN_FUTURE')) {
      ctx.em.remove(row);
      throw new AppError('BREACH.DISCOVERED_IN_FUTURE', 'discoveredAt');
    }
    await ctx.em.flush();
    return view;
  });

/** The risk assessment: `unlikely` needs its rationale to count (PRV-4). */
export const assessBreach = adminProcedure
  .input(assessBreachInput)
  .output(breachView)
  .mutation(async ({ ctx, input }) => {
    const row = await ownBreach(ctx.em, ctx.actor.organisationId, input.breachId);
    if (input.risk === 'unlikely' && input.rationale === '') throw new AppError('BREACH.RATIONALE_REQUIRED', 'rationale');
    row.risk = input.risk;
    row.riskRationale = input.rationale || null;
    row.assessedAt = ctx.services.clock.now();
    await ctx.em.flush();
    return viewOf(row, ctx.services.clock.now());
  });

/** Records the notification of the AP (`authority`) or of the people affected (`subjects`); after 72 hours with the reason. */
export const notifyBreach = adminProcedure
  .input(notifyBreachInput)
  .output(breachView)
  .mutation(async ({ ctx, input }) => {
    const row = await ownBreach(ctx.em, ctx.actor.organisationId, input.breachId);
    const at = new Date(input.at);
    if (at.getTime() < row.discoveredAt.getTime()) throw new AppError('BREACH.NOTIFIED_BEFORE_DISCOVERY', 'at');
    if (input.who === 'authority') {
      const standing = viewOf({ ...row, apNotifiedAt: at, delayReason: input.delayReason || null } as BreachEntry, ctx.services.clock.now());
      if (standing.problems.includes('BREACH.DELAY_REASON_REQUIRED')) throw new AppError('BREACH.DELAY_REASON_REQUIRED', 'delayReason');
      row.apNotifiedAt = at;
      row.delayReason = input.delayReason || null;
    } else {
      row.subjectsNotifiedAt = at;
    }
    await ctx.em.flush();
    return viewOf(row, ctx.services.clock.now());
  });
