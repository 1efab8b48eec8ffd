/**
 * Type-level checks that a schema and the domain type it carries are the same shape (both ways);
 * a drift is a compile error in the contract, not a cast somewhere else.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type Assert<T extends true> = T;
