import { portalFamily } from '@driehoek/contracts/portal';
import { familyProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { auditReadOncePerSession } from '../../audit/index.js';
import { portalFamilyOf } from './family-view.js';

/** The parent's own family: their children, the programme, and the consent questions. Logged once per session and child. */
export const family = familyProcedure.output(portalFamily).query(async ({ ctx }) => {
  const { member, records, session } = ctx.family;
  const actor = { id: member.id, organisationId: member.organisation.id, role: 'family' };
  await auditReadOncePerSession(ctx, session, actor, 'portal.family.read', 'Pupil', records.map((record) => record.pupil.id));
  return portalFamilyOf(ctx.em, records, today(ctx.services.clock));
});
