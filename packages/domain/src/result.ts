import type { DomainCode } from './codes.js';

/**
 * How the domain says no. A refusal carries a namespaced code (`SCREENING.VOG_TOO_OLD`) that the
 * api maps to a message once, and optionally the form field it concerns.
 */
export type Refusal<Code extends DomainCode = DomainCode> = {
  readonly ok: false;
  readonly code: Code;
  readonly field?: string;
};

export type Accepted<T> = { readonly ok: true; readonly value: T };

export type Result<T, Code extends DomainCode = DomainCode> = Accepted<T> | Refusal<Code>;

export const accept = <T>(value: T): Accepted<T> => ({ ok: true, value });

export const refuse = <Code extends DomainCode>(code: Code, field?: string): Refusal<Code> =>
  field === undefined ? { ok: false, code } : { ok: false, code, field };
