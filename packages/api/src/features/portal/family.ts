import { portalFamily } from '@driehoek/contracts/portal';
import { familyProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { portalFamilyOf } from './family-view.js';

/** The parent's own family: their children, the programme, and the consent questions. Logged. */
export const family = familyProcedure.output(portalFamily).query(async ({ ctx }) => {
  const { member, records } = ctx.family;
  for (const record of records) audit(ctx.em, { id: member.id, organisationId: member.organisation.id }, 'portal.family.read', 'Pupil', record.pupil.id);
  await ctx.em.flush();
  return portalFamilyOf(ctx.em, records, today(ctx.services.clock));
});
