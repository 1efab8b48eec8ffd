import { z } from 'zod';
import { Consent, FamilyNotification, Match, OPEN_MATCH, Pupil } from '@driehoek/db';
import { listPupilsInput, pupilSummary } from '@driehoek/contracts/pupils';
import { staffProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { assessPupilConsent, pupilSummaryOf } from './detail.js';

/**
 * Nominated pupils with their status. A coordinator sees the organisation's; a school mentor
 * only their own school's, and only the status (no notes, no consent details).
 */
export const list = staffProcedure
  .input(listPupilsInput)
  .output(z.array(pupilSummary))
  .query(async ({ ctx, input }) => {
    const { actor } = ctx;
    const pupils = await ctx.em.find(
      Pupil,
      {
        organisation: actor.organisationId,
        // An erased or expired file (R-1, R-2, Art. 17) is no longer anyone's pupil; its row stays for the counts only.
        anonymisedOn: null,
        ...(actor.role === 'schoolMentor' ? { school: actor.schoolId } : {}),
        ...(input.programmeId ? { programme: input.programmeId } : {}),
      },
      { populate: ['programme', 'school'], orderBy: { nominatedOn: 'desc', id: 'asc' } },
    );
    const ids = pupils.map((pupil) => pupil.id);
    const [consents, notifications, openMatches] = await Promise.all([
      ctx.em.find(Consent, { pupil: { $in: ids } }),
      ctx.em.find(FamilyNotification, { pupil: { $in: ids } }),
      ctx.em.find(Match, { pupil: { $in: ids }, ...OPEN_MATCH }, { fields: ['pupil'] }),
    ]);
    const matched = new Set(openMatches.map((match) => match.pupil.id));
    const day = today(ctx.services.clock);
    const search = input.search?.trim().toLowerCase();
    return pupils
      .filter((pupil) => !search || `${pupil.firstName} ${pupil.lastName}`.toLowerCase().includes(search))
      .map((pupil) =>
        pupilSummaryOf(
          pupil,
          assessPupilConsent(
            pupil,
            { consents: consents.filter((c) => c.pupil.id === pupil.id), notifications: notifications.filter((n) => n.pupil.id === pupil.id) },
            day,
          ),
          matched.has(pupil.id),
        ),
      )
      .filter((summary) => !input.status || summary.status === input.status);
  });
