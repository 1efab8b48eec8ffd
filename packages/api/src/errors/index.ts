import { TRPCError } from '@trpc/server';
import { ERROR_TABLE, type AppErrorCode } from './table.js';

export { API_CODES, ERROR_TABLE, type ApiCode, type AppErrorCode } from './table.js';

/**
 * The one error vocabulary. Procedures throw `AppError` with a code of the domain's catalogue or
 * the api's own (`errors/table.ts`); the table gives each code its tRPC status and the message a
 * coordinator or applicant reads. The error formatter (trpc/error-formatter.ts) adds `domainCode` and
 * `fieldErrors` for the forms.
 */
export class AppError extends TRPCError {
  readonly domainCode: AppErrorCode;
  readonly field: string | undefined;
  /** Field → code, for a form; several when a rule checks a whole object (programme settings). */
  readonly fieldErrors: Record<string, string> | undefined;

  constructor(code: AppErrorCode, field?: string, fieldErrors?: Record<string, string>) {
    const [status, message] = ERROR_TABLE[code];
    super({ code: status, message });
    this.domainCode = code;
    this.field = field;
    this.fieldErrors = fieldErrors ?? (field ? { [field]: code } : undefined);
  }
}

/** Throws the refusal a domain rule returned, if any. */
export function throwIfRefused(refusal: { readonly ok: false; readonly code: AppErrorCode; readonly field?: string } | null): void {
  if (refusal) throw new AppError(refusal.code, refusal.field);
}
