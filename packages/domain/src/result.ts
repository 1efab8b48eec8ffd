/**
 * How the domain says no. A refusal carries a namespaced code (`SCREENING.VOG_TOO_OLD`) that the
 * api maps to a message once, and optionally the form field it concerns.
 */
export type Refusal<Code extends string = string> = {
  readonly ok: false;
  readonly code: Code;
  readonly field?: string;
};

export type Accepted<T> = { readonly ok: true; readonly value: T };

export type Result<T, Code extends string = string> = Accepted<T> | Refusal<Code>;

export const accept = <T>(value: T): Accepted<T> => ({ ok: true, value });

export const refuse = <Code extends string>(code: Code, field?: string): Refusal<Code> =>
  field === undefined ? { ok: false, code } : { ok: false, code, field };
