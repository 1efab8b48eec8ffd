import { addDays } from '@driehoek/domain/calendar';

/** An invitation expires at the start of `expiresOn`: the last day to answer is the day before (as the e-mail says). */
export const lastDay = (expiresOn: string): string => addDays(expiresOn, -1);
