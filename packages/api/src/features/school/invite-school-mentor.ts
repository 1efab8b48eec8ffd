import { z } from 'zod';
import { PasswordToken, School, StaffMember } from '@driehoek/db';
import { inviteSchoolMentorInput } from '@driehoek/contracts/schools';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { newSecret, secretHash } from '../../auth/tokens.js';
import { queueMail } from '../../mail/outbox.js';
import { invitationMail } from '../../mail/invitation.js';

const INVITATION_DAYS = 7;

/**
 * A coordinator invites a school mentor: an account scoped to one school, without a password;
 * the e-mailed link (valid 7 days, once) lets them set one.
 */
export const inviteSchoolMentor = coordinatorProcedure
  .input(inviteSchoolMentorInput)
  .output(z.object({ invited: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const school = await ctx.em.findOne(School, { id: input.schoolId, organisation: ctx.actor.organisationId });
    if (!school) throw new AppError('NOT_FOUND', 'schoolId');
    const email = input.email.toLowerCase();
    if (await ctx.em.findOne(StaffMember, { email })) throw new AppError('STAFF.EMAIL_TAKEN', 'email');
    const mentor = ctx.em.create(StaffMember, { organisation: ctx.actor.organisationId, school, name: input.name, email, role: 'schoolMentor', passwordHash: null });
    const token = newSecret();
    const now = ctx.services.clock.now();
    ctx.em.create(PasswordToken, { tokenHash: secretHash(token), staffMember: mentor, expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000) });
    queueMail(
      ctx.em,
      invitationMail({
        organisationId: ctx.actor.organisationId,
        organisationName: ctx.actor.organisationName,
        to: email,
        name: input.name,
        schoolName: school.name,
        invitedBy: ctx.actor.name,
        link: `${ctx.services.publicUrl.replace(/\/$/, '')}/coordinator/set-password#${token}`,
        days: INVITATION_DAYS,
      }),
    );
    await ctx.em.flush();
    return { invited: true as const };
  });
