import type { TRPCDefaultErrorShape, TRPCError } from '@trpc/server';
import { AppError } from '../errors/index.js';

type Issue = { path?: readonly (PropertyKey | { key: PropertyKey })[]; message: string };

/** Field errors from a failed input validation: `{ 'email': 'errors.email' }`. */
function fieldErrorsOf(cause: unknown): Record<string, string> | undefined {
  const issues = (cause as { issues?: Issue[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return undefined;
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = (issue.path ?? []).map((part) => (typeof part === 'object' ? String(part.key) : String(part))).join('.');
    fields[path || '_'] ??= issue.message;
  }
  return fields;
}

/**
 * Shapes every error the api returns: the domain code and field errors of an `AppError`, the
 * field errors of a failed input validation, and a plain message instead of an internal one.
 */
export function errorFormatter({ shape, error }: { shape: TRPCDefaultErrorShape; error: TRPCError }) {
  const domainCode = error instanceof AppError ? error.domainCode : undefined;
  const fieldErrors =
    error instanceof AppError
      ? error.fieldErrors
      : error.code === 'BAD_REQUEST'
        ? fieldErrorsOf(error.cause)
        : undefined;
  const message = error.code === 'INTERNAL_SERVER_ERROR' ? 'Something went wrong on our side. Nothing was saved; please try again.' : shape.message;
  return { ...shape, message, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, domainCode, fieldErrors } };
}
