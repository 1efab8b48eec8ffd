/**
 * Malformed input (a date that is not a calendar date, a NaN, a negative capacity, a duplicated
 * id) is a programming error of the caller, not a business decision: the package throws one
 * documented error for it, `DomainInputError` (a `RangeError`), instead of answering with garbage. Business rules
 * never throw; they return a typed refusal (`Result`, see `result.ts`).
 */
export class DomainInputError extends RangeError {
  /**
   * @param field the parameter or property at fault, as a path (`settings.weights.distance`)
   * @param expected what it must be (`an ISO date YYYY-MM-DD`)
   * @param value the value received (shown in the message; never data about a person, only the shape)
   */
  readonly field: string;
  readonly expected: string;

  // Plain fields, not parameter properties: Node runs the sources by type stripping (the bench).
  constructor(field: string, expected: string, value: unknown) {
    super(`${field} must be ${expected}; got ${describe(value)}`);
    this.name = 'DomainInputError';
    this.field = field;
    this.expected = expected;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value.length <= 32 ? JSON.stringify(value) : `a string of ${value.length} characters`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as `YYYY-MM-DD` (so not 2025-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** @throws {DomainInputError} unless `value` is a real calendar date `YYYY-MM-DD` */
export function requireIsoDate(value: unknown, field: string): asserts value is string {
  if (!isIsoDate(value)) throw new DomainInputError(field, 'an ISO date YYYY-MM-DD', value);
}

/** @throws {DomainInputError} unless `value` is a finite number (not NaN, not ±Infinity) */
export function requireFinite(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new DomainInputError(field, 'a finite number', value);
}

/** @throws {DomainInputError} unless `value` is a whole number (negative allowed) */
export function requireInteger(value: unknown, field: string): asserts value is number {
  if (!Number.isSafeInteger(value)) throw new DomainInputError(field, 'a whole number', value);
}

/** @throws {DomainInputError} unless `value` is a finite number in `[min, max]` */
export function requireInRange(value: unknown, field: string, min: number, max: number): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new DomainInputError(field, `a number from ${min} to ${max}`, value);
  }
}

/** @throws {DomainInputError} when two items share an id (the same person listed twice) */
export function requireUniqueIds(items: readonly { readonly id: string }[], field: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new DomainInputError(field, 'a list without duplicate ids', `id ${item.id} twice`);
    seen.add(item.id);
  }
}
