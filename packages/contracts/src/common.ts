import { z } from 'zod';
import { isIsoDate } from '@driehoek/domain/calendar';

/**
 * Shared field schemas. Messages are i18n keys (`errors.*`), translated by each app, so the
 * same schema gives a Dutch or an English field message.
 */
// A missing field says "required" in every schema, on the client and on the server alike.
z.config({ customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'errors.required' : undefined) });

export const isoDate = z.string().refine(isIsoDate, { message: 'errors.date' });

export const requiredText = (max: number) =>
  z.string().trim().min(1, { message: 'errors.required' }).max(max, { message: 'errors.tooLong' });

export const optionalText = (max: number) => z.string().trim().max(max, { message: 'errors.tooLong' });

export const email = z
  .string()
  .trim()
  .min(1, { message: 'errors.required' })
  .pipe(z.email({ message: 'errors.email' }));

export const id = z.string().min(1).max(64);
