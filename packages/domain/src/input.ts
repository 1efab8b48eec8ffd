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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the ASCII digits `value[from … to − 1]`, or −1 when one is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const k = value.charCodeAt(i) - 48;
    if (k < 0 || k > 9) return -1;
    n = n * 10 + k;
  }
  return n;
}

/**
 * True for a real calendar date written as `YYYY-MM-DD` (so not 2025-02-30). By arithmetic (it
 * runs for every person of a batch); years 0000–0099 are refused, as `Date.UTC` reads them as
 * 1900–1999.
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!);
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
