import { personErasurePlan, personExport, erasureRefusal } from '@driehoek/domain/privacy';
import { answerSubjectRequestInput, erasureView, subjectExportView } from '@driehoek/contracts/privacy';
import type { RequestSubjectType } from '@driehoek/db';
import { today } from '../../clock/index.js';
import { AppError, throwIfRefused } from '../../errors/index.js';
import { adminProcedure } from '../../trpc/index.js';
import { audit } from '../../audit/index.js';
import { useConfirmation } from '../../auth/reauth.js';
import { changeableAccount } from '../team/index.js';
import { erasureOfPupil, erasureViewOf, organisationRetention } from './erase.js';
import { exportOfPupil, exportView } from './export.js';
import { carryOutPersonErasure, personErasureItems, personExportItems, personFile } from './person-records.js';
import { ownRequest } from './requests.js';

/**
 * Said in every export of a person other than a pupil, whatever their file holds, so that it
 * reveals nothing about whether a concern exists (SAF-10).
 */
const NOTICE: Readonly<Record<Exclude<RequestSubjectType, 'pupil'>, Record<'access' | 'portability', string>>> = {
  familyMember: {
    access:
      'This is a copy of the personal data kept about you as a parent or guardian (GDPR art. 15), and of your child’s file where you exercise your child’s rights (under 16, with parental authority). Records about the safeguarding of children are never part of this export (SAF-10): a request that concerns them is assessed by hand by the safeguarding lead, who answers separately. Text written by others is reviewed before it is given (GDPR art. 15(4)).',
    portability: 'This is the data you provided, in a machine-readable form (GDPR art. 20). Safeguarding records and internal notes are not part of it (SAF-10); ask for access (art. 15) to receive a copy of everything else kept.',
  },
  volunteer: {
    access:
      'This is a copy of the personal data kept about you as a volunteer (GDPR art. 15): your application, your screening as the law allows it to be kept, the matches you were in (without the personal data of the family) and the meeting logs you wrote. Records about safeguarding are never part of this export (SAF-10): a request that concerns them is assessed by hand by the safeguarding lead, who answers separately. Text written by others about you is reviewed before it is given (GDPR art. 15(4)).',
    portability: 'This is the data you provided, in a machine-readable form (GDPR art. 20): your profile and the meeting logs you wrote. Safeguarding records and internal notes are not part of it (SAF-10).',
  },
  staffMember: {
    access:
      'This is a copy of the personal data kept about you as a member of staff (GDPR art. 15): your account and what you did in the application (the action, the kind of record and when; not whose record it was). Records about safeguarding are never part of this export (SAF-10): a request that concerns them is assessed by hand by the safeguarding lead, who answers separately.',
    portability: 'This is the data you provided, in a machine-readable form (GDPR art. 20). Safeguarding records are not part of it (SAF-10).',
  },
};

const SESSION_KIND = { familyMember: 'family', volunteer: 'volunteer', staffMember: 'staff' } as const;

const exportPurposeOf = (kind: string): 'access' | 'portability' | null => (kind === 'access' ? 'access' : kind === 'portability' ? 'portability' : null);

/**
 * The export that answers an access (Art. 15) or portability (Art. 20) request, for the person the
 * request is about: a pupil's file, or a parent's, volunteer's or staff member's records as the
 * domain scopes them (concerns excluded and routed to review, SAF-10). Only after the admin
 * re-entered their password (a confirmation used once). Audited: who (the admin), whom, when;
 * never what was in it.
 */
export const exportRequest = adminProcedure
  .input(answerSubjectRequestInput)
  .output(subjectExportView)
  .mutation(async ({ ctx, input }) => {
    const { row } = await ownRequest(ctx.em, ctx.actor.organisationId, input.requestId);
    const purpose = exportPurposeOf(row.kind);
    if (!purpose) throw new AppError('PRIVACY.WRONG_REQUEST_KIND', 'requestId');
    const now = ctx.services.clock.now();
    const day = today(ctx.services.clock);
    await useConfirmation(ctx.em, ctx.actor.id, input.confirmation, now);
    if (row.subjectType === 'pupil') {
      const view = await exportOfPupil(ctx.em, ctx.actor, row.subjectId, purpose, day);
      await ctx.em.flush();
      return view;
    }
    const file = await personFile(ctx.em, ctx.actor.organisationId, row.subjectType, row.subjectId);
    if (!file) throw new AppError('NOT_FOUND', 'requestId');
    const shaped = personExport(file.subject, personExportItems(file), purpose, day);
    audit(ctx.em, ctx.actor, `privacy.export.${purpose}`, file.auditType, file.id);
    await ctx.em.flush();
    return exportView(shaped, purpose, ctx.actor.organisationName, day, NOTICE[file.type][purpose]);
  });

/**
 * Carries out an erasure request (Art. 17) for the person it is about, after the password step:
 * what the law keeps stays, with its reason and until when in the answer (consent proof, tax
 * records, the audit trail, the register); concerns go to the safeguarding lead. Refused while
 * a match of the person runs (`ERASURE.MATCH_RUNNING`); a staff account never when it is the last
 * admin's (ACC-1). A parent's erasure leaves the child's file (a request about the pupil).
 */
export const eraseRequest = adminProcedure
  .input(answerSubjectRequestInput)
  .output(erasureView)
  .mutation(async ({ ctx, input }) => {
    const organisation = ctx.actor.organisationId;
    const { row } = await ownRequest(ctx.em, organisation, input.requestId);
    if (row.kind !== 'erasure') throw new AppError('PRIVACY.WRONG_REQUEST_KIND', 'requestId');
    const day = today(ctx.services.clock);
    await useConfirmation(ctx.em, ctx.actor.id, input.confirmation, ctx.services.clock.now());
    const type = row.subjectType;
    if (type === 'pupil') {
      const view = await erasureOfPupil(ctx.em, ctx.actor, row.subjectId, day);
      await ctx.em.flush();
      return view;
    }
    const view = await ctx.em.transactional(async (tx) => {
      const file = await personFile(tx, organisation, type, row.subjectId);
      if (!file) throw new AppError('NOT_FOUND', 'requestId');
      if (file.type === 'staffMember') await changeableAccount(tx, organisation, file.id, { kind: 'deactivate' });
      const plan = personErasurePlan(file.subject, personErasureItems(file), await organisationRetention(tx, organisation), day);
      throwIfRefused(erasureRefusal(plan));
      const done = await carryOutPersonErasure(tx, file, new Set(plan.delete.map((entry) => entry.id)), new Set(plan.anonymise.map((entry) => entry.id)), day);
      audit(tx, ctx.actor, 'privacy.erase', file.auditType, file.id);
      await tx.flush();
      return erasureViewOf(plan, done.deleted, done.anonymised);
    });
    // Sessions may live outside the database (Redis): ended there too.
    await ctx.services.sessions.destroyAllFor({ kind: SESSION_KIND[type], id: row.subjectId });
    return view;
  });
