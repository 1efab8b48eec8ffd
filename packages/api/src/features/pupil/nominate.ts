import { FamilyMember, Programme, Pupil, School } from '@driehoek/db';
import { nominatePupilInput, pupilDetail } from '@driehoek/contracts/pupils';
import { checkPupilBirthDate } from '@driehoek/domain/pupil';
import { normalisePostcode } from '@driehoek/domain/application';
import { staffProcedure } from '../../trpc/index.js';
import { AppError, throwIfRefused } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { pupilPage } from './respond.js';
import { familyMemberColumns } from './family-member.js';
import { locate } from '../../geocoding/locate.js';

/**
 * A school mentor (for their own school) or a coordinator nominates a pupil, with the help
 * request and the family (Thuisschoolmaatje steps 1–2).
 */
export const nominate = staffProcedure
  .input(nominatePupilInput)
  .output(pupilDetail)
  .mutation(async ({ ctx, input }) => {
    const { actor } = ctx;
    const day = today(ctx.services.clock);
    if (actor.role === 'schoolMentor' && input.schoolId !== actor.schoolId) throw new AppError('NOT_FOUND', 'schoolId');
    const [programme, school] = await Promise.all([
      ctx.em.findOne(Programme, { id: input.programmeId, organisation: actor.organisationId }),
      ctx.em.findOne(School, { id: input.schoolId, organisation: actor.organisationId }),
    ]);
    if (!programme) throw new AppError('NOT_FOUND', 'programmeId');
    if (!school) throw new AppError('NOT_FOUND', 'schoolId');
    throwIfRefused(checkPupilBirthDate(input.birthDate, day));

    const pupil = ctx.em.create(Pupil, {
      organisation: actor.organisationId,
      programme,
      school,
      firstName: input.firstName,
      lastName: input.lastName,
      birthDate: input.birthDate,
      schoolYear: input.schoolYear,
      vulnerabilityReasons: input.vulnerabilityReasons,
      vulnerabilityNote: input.vulnerabilityNote || null,
      helpRequest: input.helpRequest,
      homeLanguages: input.homeLanguages,
      postcode: normalisePostcode(input.postcode),
      nominatedById: actor.id,
      nominatedOn: day,
      closedOn: null,
      needs: input.needs,
      availability: input.availability,
      genderPreference: input.genderPreference,
      gender: input.gender,
      ...(await locate(ctx.services.geocoder, input.postcode)),
    });
    for (const member of input.family) ctx.em.create(FamilyMember, { ...familyMemberColumns(member), organisation: actor.organisationId, pupil });
    await ctx.em.flush();
    ctx.services.log.info({ pupilId: pupil.id, programmeId: programme.id }, 'pupil nominated');
    return pupilPage(ctx.em, actor, pupil.id, day);
  });
