/**
 * The demo's Parent'R'US match is half-way through: its middle was this many days ago, past the
 * reminder (a week after sending, the default timing) and well before expiry (four weeks), so its
 * mid-term reports are open and overdue whatever day the demo is seeded on.
 */
export const PARENT_RUS_MID_TERM_DAYS_AGO = 10;
