import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './common.js';

/**
 * Supporting the volunteers: their allowance (DOMAIN.md §5 "a small volunteer allowance while
 * funds last") and group intervision (Parent'R'US 3.3.5).
 */

/** A calendar month, `YYYY-MM`. */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'ALLOWANCE.MONTH_INVALID' });

export const volunteerRef = z.object({ volunteerId: id });

/** One allowance payment: for which month, paid when, how much (whole cents). */
export const payAllowanceInput = z.object({
  volunteerId: id,
  forMonth: isoMonth,
  paidOn: isoDate,
  amountCents: z.number().int({ message: 'ALLOWANCE.AMOUNT_INVALID' }).min(1, { message: 'ALLOWANCE.AMOUNT_INVALID' }).max(1_000_000, { message: 'ALLOWANCE.AMOUNT_INVALID' }),
});
export type PayAllowanceInput = z.infer<typeof payAllowanceInput>;

export const allowancePaymentView = z.object({ id, forMonth: z.string(), paidOn: z.string(), amountCents: z.number() });

/** A volunteer's allowance: the limits, what was paid this month and this calendar year, and every payment (newest first). */
export const allowanceView = z.object({
  monthlyLimitCents: z.number(),
  yearlyLimitCents: z.number(),
  paidThisMonthCents: z.number(),
  paidThisYearCents: z.number(),
  payments: z.array(allowancePaymentView),
});
export type AllowanceView = z.infer<typeof allowanceView>;

export const intervisionListInput = z.object({ programmeId: id });

/** A group intervision meeting: when, about what, notes, and which volunteers came. */
export const recordIntervisionInput = z.object({
  programmeId: id,
  heldOn: isoDate,
  topic: requiredText(200),
  notes: optionalText(4000),
  attendees: z.array(id).max(500),
});
export type RecordIntervisionInput = z.infer<typeof recordIntervisionInput>;

/** One meeting in the list: `expected` counts the volunteers whose match ran that day (and anyone else who came). */
export const intervisionSummary = z.object({ id, heldOn: z.string(), topic: z.string(), present: z.number(), expected: z.number() });
export type IntervisionSummary = z.infer<typeof intervisionSummary>;

export const intervisionMeetingInput = z.object({ meetingId: id });

export const intervisionMeetingView = z.object({
  id,
  programmeId: z.string(),
  heldOn: z.string(),
  topic: z.string(),
  notes: z.string(),
  attendance: z.array(z.object({ volunteerId: z.string(), name: z.string(), present: z.boolean() })),
});
export type IntervisionMeetingView = z.infer<typeof intervisionMeetingView>;
