import { Organisation, OrganisationSettings, StaffMember, type EntityManager } from '@driehoek/db';
import { logoInput, organisationSettingsInput, organisationSettingsView, type OrganisationSettingsView } from '@driehoek/contracts/organisation';
import { z } from 'zod';
import { adminProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { audit } from '../../audit/index.js';
import { logoUrlOf } from '../../mail/letterhead.js';
import { checkedLogo } from './logo.js';

/** The organisation's settings row, made on first use. */
async function settingsRowOf(em: EntityManager, organisationId: string): Promise<OrganisationSettings> {
  return (
    (await em.findOne(OrganisationSettings, { organisation: organisationId })) ??
    em.create(OrganisationSettings, {
      organisation: organisationId,
      phone: null,
      email: null,
      address: null,
      dutyCoordinatorId: null,
      senderName: null,
      logoType: null,
      logoHash: null,
    })
  );
}

/** The staff who can be the coordinator on duty: active coordinators and admins of the organisation. */
async function coordinatorsOf(em: EntityManager, organisationId: string) {
  return em.find(StaffMember, { organisation: organisationId, active: true, role: { $in: ['coordinator', 'admin'] } }, { orderBy: { name: 'asc' } });
}

async function settingsViewOf(em: EntityManager, organisationId: string): Promise<OrganisationSettingsView> {
  const [organisation, settings, coordinators] = await Promise.all([
    em.findOneOrFail(Organisation, { id: organisationId }),
    em.findOne(OrganisationSettings, { organisation: organisationId }),
    coordinatorsOf(em, organisationId),
  ]);
  return {
    name: organisation.name,
    phone: settings?.phone ?? '',
    email: settings?.email ?? '',
    address: settings?.address ?? '',
    dutyCoordinatorId: settings?.dutyCoordinatorId ?? null,
    senderName: settings?.senderName ?? '',
    logoUrl: logoUrlOf(organisationId, settings?.logoHash ?? null),
    coordinators: coordinators.map((staff) => ({ id: staff.id, name: staff.name })),
  };
}

/** The settings page of the admin's own organisation. */
export const getSettings = adminProcedure.output(organisationSettingsView).query(({ ctx }) => settingsViewOf(ctx.em, ctx.actor.organisationId));

/**
 * An admin sets the name, contact details, coordinator on duty and sender name. The coordinator
 * on duty must be an active coordinator or admin of the same organisation: anyone else is "not found".
 */
export const updateSettings = adminProcedure
  .input(organisationSettingsInput)
  .output(organisationSettingsView)
  .mutation(async ({ ctx, input }) => {
    const organisationId = ctx.actor.organisationId;
    if (input.dutyCoordinatorId) {
      const onDuty = (await coordinatorsOf(ctx.em, organisationId)).some((staff) => staff.id === input.dutyCoordinatorId);
      if (!onDuty) throw new AppError('NOT_FOUND', 'dutyCoordinatorId');
    }
    const organisation = await ctx.em.findOneOrFail(Organisation, { id: organisationId });
    const settings = await settingsRowOf(ctx.em, organisationId);
    organisation.name = input.name;
    const orNull = (value: string) => (value === '' ? null : value);
    ctx.em.assign(settings, {
      phone: orNull(input.phone),
      email: orNull(input.email),
      address: orNull(input.address),
      dutyCoordinatorId: input.dutyCoordinatorId,
      senderName: orNull(input.senderName),
      updatedAt: ctx.services.clock.now(),
    });
    audit(ctx.em, ctx.actor, 'organisation.settings.updated', 'Organisation', organisationId);
    await ctx.em.flush();
    return settingsViewOf(ctx.em, organisationId);
  });

/** An admin uploads a new logo (PNG, JPEG or WebP, checked by its bytes; at most LOGO_MAX_BYTES). */
export const uploadLogo = adminProcedure
  .input(logoInput)
  .output(organisationSettingsView)
  .mutation(async ({ ctx, input }) => {
    const { bytes, hash } = checkedLogo(input.type, input.base64);
    const settings = await settingsRowOf(ctx.em, ctx.actor.organisationId);
    ctx.em.assign(settings, { logo: bytes, logoType: input.type, logoHash: hash, updatedAt: ctx.services.clock.now() });
    audit(ctx.em, ctx.actor, 'organisation.logo.updated', 'Organisation', ctx.actor.organisationId);
    await ctx.em.flush();
    return settingsViewOf(ctx.em, ctx.actor.organisationId);
  });

/** An admin removes the logo. */
export const removeLogo = adminProcedure
  .input(z.object({}).optional())
  .output(organisationSettingsView)
  .mutation(async ({ ctx }) => {
    const settings = await ctx.em.findOne(OrganisationSettings, { organisation: ctx.actor.organisationId });
    if (settings) {
      ctx.em.assign(settings, { logo: null, logoType: null, logoHash: null, updatedAt: ctx.services.clock.now() });
      audit(ctx.em, ctx.actor, 'organisation.logo.removed', 'Organisation', ctx.actor.organisationId);
      await ctx.em.flush();
    }
    return settingsViewOf(ctx.em, ctx.actor.organisationId);
  });
