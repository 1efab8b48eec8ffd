/**
 * The end of a match (DOMAIN.md §8): planned end from the programme's duration, closing with reason,
 * who ended it and a note, planned or early, continuation with a new volunteer (Parent'R'US 3.1),
 * and early endings per reason per programme.
 */
export * from './closure.js';
