import { PrivacySetup, RetentionPolicy } from '@driehoek/db';
import { validateRetentionSettings, retentionSettingsFor } from '@driehoek/domain/privacy';
import { privacySetupInput, privacySetupView } from '@driehoek/contracts/privacy';
import type { EntityManager } from '@driehoek/db';
import { today } from '../../clock/index.js';
import { AppError } from '../../errors/index.js';
import { adminProcedure } from '../../trpc/index.js';
import { audit } from '../../audit/index.js';

async function setupView(em: EntityManager, organisation: string) {
  const [setup, policy] = await Promise.all([em.findOne(PrivacySetup, { organisation }), em.findOne(RetentionPolicy, { organisation, programme: null })]);
  return {
    dpia: setup?.dpia ?? null,
    processingRegisterUpdatedOn: setup?.processingRegisterUpdatedOn ?? null,
    privacyNotice: setup?.privacyNotice ?? null,
    processors: setup?.processors ?? [],
    retentionAdoptedOn: policy?.adoptedOn ?? null,
  };
}

/** What the organisation recorded for the go-live gate (PRV-5). */
export const getSetup = adminProcedure.output(privacySetupView).query(({ ctx }) => setupView(ctx.em, ctx.actor.organisationId));

/** Records the DPIA, the Art. 30 register, the privacy notice and the processor agreements (PRV-5); the whole set each time. */
export const updateSetup = adminProcedure
  .input(privacySetupInput)
  .output(privacySetupView)
  .mutation(async ({ ctx, input }) => {
    const organisation = ctx.actor.organisationId;
    const setup = (await ctx.em.findOne(PrivacySetup, { organisation })) ?? ctx.em.create(PrivacySetup, { organisation, dpia: null, processingRegisterUpdatedOn: null, privacyNotice: null, processors: [] });
    Object.assign(setup, { dpia: input.dpia, processingRegisterUpdatedOn: input.processingRegisterUpdatedOn, privacyNotice: input.privacyNotice, processors: input.processors });
    audit(ctx.em, ctx.actor, 'privacy.setup.update', 'Organisation', organisation);
    await ctx.em.flush();
    return setupView(ctx.em, organisation);
  });

/**
 * Adopts the organisation's retention schedule today (part (d): "Put them in a retention schedule
 * and in the DPIA"): the periods it has set, or the reference's defaults. Refused when a period is
 * invalid or below its floor (`RETENTION.*`).
 */
export const adoptRetention = adminProcedure.output(privacySetupView).mutation(async ({ ctx }) => {
  const organisation = ctx.actor.organisationId;
  const policy = (await ctx.em.findOne(RetentionPolicy, { organisation, programme: null })) ?? ctx.em.create(RetentionPolicy, { organisation, programme: null, changes: {}, adoptedOn: null, updatedById: ctx.actor.id });
  const [problem] = validateRetentionSettings(retentionSettingsFor(policy.changes));
  if (problem) throw new AppError(problem.code, problem.field);
  policy.adoptedOn = today(ctx.services.clock);
  policy.updatedById = ctx.actor.id;
  audit(ctx.em, ctx.actor, 'privacy.retention.adopt', 'Organisation', organisation);
  await ctx.em.flush();
  return setupView(ctx.em, organisation);
});
