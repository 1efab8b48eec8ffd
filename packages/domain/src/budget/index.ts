/**
 * The activity budget of a match and the volunteer allowance within the programme's monthly amount
 * and a yearly maximum (DOMAIN.md §5; schoolscool-thuismentor-worden.txt). Whole euro cents.
 */
export * from './budget.js';
