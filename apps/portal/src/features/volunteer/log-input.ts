import { meetingLogInput, type MeetingLogInput } from '@driehoek/contracts/running';
import type { LogValues } from './draft.js';

/** A field's message key, by field name. */
export type FieldErrors = Record<string, string>;

/** The fields of the log form, in the order they appear (the first error is focused). */
export const LOG_FIELDS = ['date', 'form', 'durationMinutes', 'whatWeDid', 'wentWell', 'nextSteps', 'challenge', 'wantsToTalkToCoordinator'] as const;

/** Words for the checks whose contract message is not a key of ours (an unchosen form, a missing number). */
const OWN_MESSAGES: Partial<Record<string, string>> = { form: 'meetingLog.formRequired', durationMinutes: 'errors.duration' };

/**
 * The log as the api takes it, or every field error at once: it is checked with the api's own
 * schema before sending, so a volunteer does not meet the mistakes one submit at a time.
 */
export function checkLog(
  matchId: string,
  values: LogValues,
  plannedFor: string | null,
): { ok: true; input: MeetingLogInput } | { ok: false; errors: FieldErrors } {
  const candidate = {
    matchId,
    date: values.date,
    form: values.form,
    durationMinutes: values.durationMinutes.trim() ? Number(values.durationMinutes) : Number.NaN,
    whatWeDid: values.whatWeDid,
    wentWell: values.wentWell === 'yes' ? true : values.wentWell === 'no' ? false : null,
    nextSteps: values.nextSteps,
    challenge: values.challenge.trim() ? values.challenge : null,
    wantsToTalkToCoordinator: values.wantsToTalkToCoordinator,
    // a log for the planned meeting of the reminder, as long as its date was kept
    ...(plannedFor && plannedFor === values.date ? { plannedFor } : {}),
  };
  const checked = meetingLogInput.safeParse(candidate);
  if (checked.success) return { ok: true, input: { ...candidate, form: checked.data.form } };
  const errors: FieldErrors = {};
  for (const issue of checked.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!(LOG_FIELDS as readonly string[]).includes(field) || errors[field]) continue;
    errors[field] = OWN_MESSAGES[field] ?? (issue.message.startsWith('errors.') ? issue.message : 'errors.invalid');
  }
  // In the order of the form, so the first one is the one focused.
  return { ok: false, errors: Object.fromEntries(LOG_FIELDS.filter((field) => errors[field]).map((field) => [field, errors[field]!])) };
}
