import { Programme, RetentionPolicy, type EntityManager } from '@driehoek/db';
import { DEFAULT_RETENTION_SETTINGS, PROGRAMME_RETENTION_FIELDS, RETENTION_RANGES, retentionSettingsFor, validateRetentionChanges, type RetentionSettings } from '@driehoek/domain/privacy';
import { RETENTION_FIELDS, retentionScheduleView, retentionUpdateInput, type RetentionScheduleView } from '@driehoek/contracts/retention';
import { AppError } from '../../errors/index.js';
import { adminProcedure } from '../../trpc/index.js';
import { audit } from '../../audit/index.js';

const perProgramme: readonly string[] = PROGRAMME_RETENTION_FIELDS;

async function scheduleView(em: EntityManager, organisation: string): Promise<RetentionScheduleView> {
  const [policies, programmes] = await Promise.all([em.find(RetentionPolicy, { organisation }), em.find(Programme, { organisation }, { orderBy: { name: 'asc' } })]);
  const own = policies.find((policy) => !policy.programme);
  const settings = retentionSettingsFor(own?.changes);
  const ofProgramme = new Map(policies.filter((policy) => policy.programme).map((policy) => [policy.programme!.id, policy.changes]));
  return {
    adoptedOn: own?.adoptedOn ?? null,
    periods: RETENTION_FIELDS.map((field) => {
      const range = RETENTION_RANGES[field];
      return { field, unit: range.unit, min: range.min, max: range.max, basis: range.basis, mayHaveNoEnd: range.mayHaveNoEnd ?? false, perProgramme: perProgramme.includes(field), default: DEFAULT_RETENTION_SETTINGS[field], organisation: settings[field] };
    }),
    organisationChanges: { ...own?.changes },
    programmes: programmes.map((programme) => ({ programmeId: programme.id, name: programme.name, changes: { ...ofProgramme.get(programme.id) } })),
  };
}

/** The organisation's retention schedule: every period with its allowed range and what it rests on, and the organisation's and programmes' changes. */
export const getRetention = adminProcedure.output(retentionScheduleView).query(({ ctx }) => scheduleView(ctx.em, ctx.actor.organisationId));

/**
 * Sets the organisation's periods (`programmeId` null) or one programme's (only the periods of its
 * own records), the whole set of changes each time. Every period outside its range is refused at
 * once (`RETENTION.PERIOD_INVALID`, `BELOW_MINIMUM`, `OUT_OF_RANGE`, `NOT_PER_PROGRAMME`, one per
 * field); another organisation's programme is NOT_FOUND. The next run of the retention job uses them.
 */
export const updateRetention = adminProcedure
  .input(retentionUpdateInput)
  .output(retentionScheduleView)
  .mutation(async ({ ctx, input }) => {
    const organisation = ctx.actor.organisationId;
    const programme = input.programmeId === null ? null : await ctx.em.findOne(Programme, { id: input.programmeId, organisation });
    if (input.programmeId !== null && !programme) throw new AppError('NOT_FOUND');
    const changes = input.changes as Partial<RetentionSettings>;
    const problems = validateRetentionChanges(changes, programme ? 'programme' : 'organisation');
    if (problems.length > 0) {
      const [first] = problems;
      throw new AppError(first!.code, first!.field, Object.fromEntries(problems.map((problem) => [problem.field ?? '', problem.code])));
    }
    const policy =
      (await ctx.em.findOne(RetentionPolicy, { organisation, programme: programme?.id ?? null })) ??
      ctx.em.create(RetentionPolicy, { organisation, programme: programme?.id ?? null, changes: {}, adoptedOn: null, updatedById: ctx.actor.id });
    policy.changes = changes;
    policy.updatedById = ctx.actor.id;
    audit(ctx.em, ctx.actor, 'privacy.retention.update', programme ? 'Programme' : 'Organisation', programme?.id ?? organisation);
    await ctx.em.flush();
    return scheduleView(ctx.em, organisation);
  });
