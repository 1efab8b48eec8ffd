import { Pupil } from '@driehoek/db';
import { answerConsentInput, portalFamily } from '@driehoek/contracts/portal';
import type { PortalLanguage } from '@driehoek/contracts/pupils';
import { familyProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { secretHash } from '../../auth/tokens.js';
import { PORTAL_SESSION_COOKIE } from '../../trpc/context.js';
import { recordConsentDecision } from '../consent/index.js';
import { ownGiver, portalFamilyOf } from './family-view.js';

/**
 * A parent answers in the portal: for themselves, or the child's own answer given on the parent's
 * account (a young pupil). The record is the giver's own (CON-12: recorded by the giver, through
 * the portal), with the notice version and hash the page showed (CON-7). The parent's parental
 * authority was confirmed by the school at nomination (CON-9: school confirmation).
 */
export const answerConsent = familyProcedure
  .input(answerConsentInput)
  .output(portalFamily)
  .mutation(async ({ ctx, input }) => {
    const { member, records } = ctx.family;
    const record = records.find((candidate) => candidate.pupil.id === input.pupilId);
    if (!record) throw new AppError('NOT_FOUND');
    if (input.giver !== 'pupil' && input.giver !== ownGiver(record)) throw new AppError('CONSENT.GIVER_CANNOT_CONSENT', 'giver');
    const pupil = await ctx.em.findOneOrFail(Pupil, { id: input.pupilId }, { populate: ['programme', 'family', 'organisation'] });
    const giverPersonId = input.giver === 'pupil' ? pupil.id : record.id;
    const day = today(ctx.services.clock);
    const session = ctx.request.cookies[PORTAL_SESSION_COOKIE] ?? '';
    await recordConsentDecision(
      ctx.em,
      pupil,
      {
        purpose: input.purpose,
        giverPersonId,
        decision: input.decision,
        decidedOn: day,
        method: 'portal',
        noticeLanguage: record.preferredLanguage as PortalLanguage,
        shownNotice: { versionId: input.noticeVersionId, contentHash: input.noticeContentHash },
        authorityVerificationMethod: 'schoolConfirmation',
        evidence: `portal session ${secretHash(session).slice(0, 16)} on the account of ${record.id}`,
        recordedBy: { personId: giverPersonId, role: 'giver' },
        recordedByName: input.giver === 'pupil' ? `${pupil.firstName} (portal)` : `${record.firstName} ${record.lastName} (portal)`,
      },
      day,
    );
    audit(ctx.em, { id: member.id, organisationId: member.organisation.id }, `portal.consent.${input.decision}`, 'Pupil', pupil.id);
    await ctx.em.flush();
    return portalFamilyOf(ctx.em, records, day);
  });
