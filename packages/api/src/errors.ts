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
} as const satisfies Record<string, readonly [TRPC_ERROR_CODE_KEY, string]>;

export type AppErrorCode = keyof typeof CODES;

export class AppError extends TRPCError {
  readonly domainCode: string;
  readonly field: string | undefined;

  constructor(code: AppErrorCode | (string & {}), field?: string) {
    const [status, message] = (CODES as Record<string, readonly [TRPC_ERROR_CODE_KEY, string]>)[code] ?? [
      'BAD_REQUEST',
      'The request was refused.',
    ];
    super({ code: status, message });
    this.domainCode = code;
    this.field = field;
  }
}

/** Throws the refusal a domain rule returned, if any. */
export function throwIfRefused(refusal: { ok: false; code: string; field?: string } | null): void {
  if (refusal) throw new AppError(refusal.code, refusal.field);
}
