import { consentNotice as consentNoticeOutput, noticeInput } from '@driehoek/contracts/consent';
import { staffProcedure } from '../../trpc/index.js';
import { consentNotice } from './notice-text.js';

/** The notice to read out or show before asking (CON-7, CON-10), in the family's language. */
export const notice = staffProcedure
  .input(noticeInput)
  .output(consentNoticeOutput)
  .query(({ input }) => consentNotice(input.purpose, input.language, input.childFriendly));
