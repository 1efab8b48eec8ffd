import { consentNotice as consentNoticeOutput, noticeInput } from '@driehoek/contracts/consent';
import { staffProcedure } from '../../trpc/index.js';
import { loadPupil } from '../pupil/index.js';
import { consentNotice } from './notice-text.js';

/**
 * The notice to read out or show before asking (CON-7, CON-10), in the family's language, for the
 * pupil's programme (what a "no" means follows its consent settings). Another organisation's pupil,
 * or another school's for a school mentor, is NOT_FOUND.
 */
export const notice = staffProcedure
  .input(noticeInput)
  .output(consentNoticeOutput)
  .query(async ({ ctx, input }) => {
    const pupil = await loadPupil(ctx.em, ctx.actor, input.pupilId);
    return consentNotice(input.purpose, input.language, input.childFriendly, pupil.programme.settings.consent);
  });
