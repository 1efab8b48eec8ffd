import { ContactAttempt, FamilyNotification, newId } from '@driehoek/db';
import { pupilDetail } from '@driehoek/contracts/pupils';
import { notifyRelativeInput } from '@driehoek/contracts/consent';
import { checkFamilyNotification, type FamilyNotification as DomainFamilyNotification } from '@driehoek/domain/consent';
import { consentGiverRoleOf } from '@driehoek/domain/pupil';
import { staffProcedure } from '../../trpc/index.js';
import { AppError, throwIfRefused } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { loadPupil } from '../pupil/index.js';
import { pupilPage } from '../pupil/index.js';

/**
 * CON-5: when the parents cannot be reached, a relative is informed so the family knows. It is
 * recorded as such, never as consent, and only after the programme's minimum of failed attempts
 * to reach each parent (the domain checks).
 */
export const notifyRelative = staffProcedure
  .input(notifyRelativeInput)
  .output(pupilDetail)
  .mutation(async ({ ctx, input }) => {
    const { actor } = ctx;
    const day = today(ctx.services.clock);
    const pupil = await loadPupil(ctx.em, actor, input.pupilId);
    const family = pupil.family.getItems();
    const relative = family.find((member) => member.id === input.relativeId);
    if (!relative) throw new AppError('NOT_FOUND', 'relativeId');
    const guardians = family.filter((member) => {
      const role = consentGiverRoleOf({ role: member.role as 'parent' | 'guardian' | 'relative', hasParentalAuthority: member.hasParentalAuthority, isMentee: member.isMentee });
      return role === 'parentWithAuthority' || role === 'legalGuardian';
    });
    const attempts = await ctx.em.find(ContactAttempt, { pupil }, { orderBy: { on: 'asc' } });
    const notification: DomainFamilyNotification = {
      id: newId(),
      subjectId: pupil.id,
      applicationId: pupil.id,
      notifiedPersonName: `${relative.firstName} ${relative.lastName}`,
      relationship: relative.role,
      notifiedOn: input.notifiedOn,
      notifiedBy: { personId: actor.id, role: actor.role === 'schoolMentor' ? 'schoolMentor' : 'coordinator' },
      channel: input.channel,
      contentSummary: input.contentSummary,
      guardianContactAttempts: attempts.map((attempt) => ({
        guardianId: attempt.familyMember.id,
        on: attempt.on,
        channel: attempt.channel as DomainFamilyNotification['guardianContactAttempts'][number]['channel'],
        result: attempt.result as DomainFamilyNotification['guardianContactAttempts'][number]['result'],
      })),
      reasonParentsUnreachable: input.reasonParentsUnreachable,
    };
    throwIfRefused(checkFamilyNotification(notification, guardians.map((g) => g.id), pupil.programme.settings.consent.familyNotification, day));
    ctx.em.create(FamilyNotification, {
      id: notification.id,
      organisation: actor.organisationId,
      pupil,
      notifiedPersonName: notification.notifiedPersonName,
      relationship: notification.relationship,
      notifiedOn: notification.notifiedOn,
      notifiedById: actor.id,
      notifiedByRole: notification.notifiedBy.role,
      channel: notification.channel,
      contentSummary: notification.contentSummary,
      reasonParentsUnreachable: notification.reasonParentsUnreachable,
      guardianContactAttempts: [...notification.guardianContactAttempts],
    });
    await ctx.em.flush();
    return pupilPage(ctx.em, actor, pupil.id, day);
  });
