import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';

/**
 * The one error vocabulary. Procedures throw `AppError` with a domain code; the table below gives
 * each code its tRPC status and the message a coordinator or applicant reads. The error
 * formatter (trpc.ts) adds `domainCode` and `fieldErrors` for the forms.
 */
const CODES = {
  'AUTH.INVALID_CREDENTIALS': ['UNAUTHORIZED', 'The e-mail address or password is not right.'],
  'AUTH.NOT_SIGNED_IN': ['UNAUTHORIZED', 'Please sign in.'],
  'AUTH.TOO_MANY_ATTEMPTS': ['TOO_MANY_REQUESTS', 'Too many attempts. Wait a few minutes and try again.'],
  'AUTH.FORBIDDEN': ['FORBIDDEN', 'You may not do this.'],
  'AUTH.LINK_INVALID': ['BAD_REQUEST', 'This link is not valid (any more). Ask your coordinator for a new invitation.'],
  'INPUT.CONTROL_CHARACTER': ['BAD_REQUEST', 'A field holds a control character (such as NUL) that text cannot contain.'],
  'NOT_FOUND': ['NOT_FOUND', 'This record does not exist or belongs to another organisation.'],
  'APPLICATION.PROGRAMME_CLOSED': ['BAD_REQUEST', 'This programme does not take applications now.'],
  'APPLICATION.APPLICANT_MINOR': ['BAD_REQUEST', 'Volunteers must be 18 or older.'],
  'APPLICATION.BIRTH_DATE_IN_FUTURE': ['BAD_REQUEST', 'The date of birth is in the future.'],
  'APPLICATION.BIRTH_DATE_INVALID': ['BAD_REQUEST', 'The date of birth is not a valid date.'],
  'APPLICATION.STATUS_LINK_UNKNOWN': ['NOT_FOUND', 'This status link is not valid (any more).'],
  'SCREENING.VOG_TOO_OLD': ['BAD_REQUEST', 'The VOG was issued too long before it was seen.'],
  'SCREENING.VOG_ASPECT_MISSING': ['BAD_REQUEST', 'The VOG does not cover the required screening aspects.'],
  'SCREENING.VOG_SEEN_BEFORE_ISSUE': ['BAD_REQUEST', 'A VOG cannot be seen before its issue date.'],
  'SCREENING.ALREADY_DECIDED': ['CONFLICT', 'This application has already been rejected or withdrawn.'],
  'SCREENING.DATE_IN_FUTURE': ['BAD_REQUEST', 'This date is in the future.'],
  'STAFF.EMAIL_TAKEN': ['CONFLICT', 'There is already an account with this e-mail address.'],
  'PUPIL.BIRTH_DATE_INVALID': ['BAD_REQUEST', 'The date of birth is not a valid date in the past.'],
  'PUPIL.AGE_OUT_OF_RANGE': ['BAD_REQUEST', 'This date of birth does not fit a pupil.'],
  'PORTAL.CODE_INVALID': ['BAD_REQUEST', 'This code is not right (any more). Ask for a new one.'],
  'PORTAL.CODE_EXPIRED': ['BAD_REQUEST', 'This code has expired. Ask for a new one.'],
  'CONSENT.PURPOSE_NOT_USED': ['BAD_REQUEST', 'This programme does not ask for this consent.'],
  'CONSENT.GIVER_CANNOT_CONSENT': ['BAD_REQUEST', 'This person cannot give consent: only the pupil, or a parent or guardian with parental authority.'],
  'CONSENT.NOTICE_CHANGED': ['CONFLICT', 'The text has changed since you read it. Please read it again.'],
  'CONSENT.PUPIL_FIRST': ['BAD_REQUEST', 'Ask the pupil first: parents are asked only after the pupil agreed.'],
  'CONSENT.APPLICATION_CLOSED_REFUSED': ['CONFLICT', 'The pupil or a parent refused, so this pupil cannot be matched.'],
  'CONSENT.AUTHORITY_NOT_VERIFIED': ['BAD_REQUEST', 'Record how the parental authority was checked.'],
  'CONSENT.NOT_GIVEN': ['CONFLICT', 'Only a consent that was given can be withdrawn.'],
  'CONSENT.DATE_IN_FUTURE': ['BAD_REQUEST', 'This date is in the future.'],
  'ALLOWANCE.MONTH_LIMIT_EXCEEDED': ['BAD_REQUEST', 'This is more than the monthly allowance allows.'],
  'ALLOWANCE.YEAR_LIMIT_EXCEEDED': ['BAD_REQUEST', 'This is more than the yearly allowance allows.'],
  'BUDGET.EXCEEDED': ['BAD_REQUEST', 'This is more than is left of the activity budget.'],
  'PROGRAMME.SETTINGS_MALFORMED': ['BAD_REQUEST', 'These settings are incomplete.'],
} as const satisfies Record<string, readonly [TRPC_ERROR_CODE_KEY, string]>;

export type AppErrorCode = keyof typeof CODES;

export class AppError extends TRPCError {
  readonly domainCode: string;
  readonly field: string | undefined;
  /** Field → code, for a form; several when a rule checks a whole object (programme settings). */
  readonly fieldErrors: Record<string, string> | undefined;

  constructor(code: AppErrorCode | (string & {}), field?: string, fieldErrors?: Record<string, string>) {
    const [status, message] = (CODES as Record<string, readonly [TRPC_ERROR_CODE_KEY, string]>)[code] ?? [
      'BAD_REQUEST',
      'The request was refused.',
    ];
    super({ code: status, message });
    this.domainCode = code;
    this.field = field;
    this.fieldErrors = fieldErrors ?? (field ? { [field]: code } : undefined);
  }
}

/** Throws the refusal a domain rule returned, if any. */
export function throwIfRefused(refusal: { ok: false; code: string; field?: string } | null): void {
  if (refusal) throw new AppError(refusal.code, refusal.field);
}
