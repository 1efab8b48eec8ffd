/** Example facts for the privacy tests (not exported by the index). */
import type { PupilCaseFacts } from './records.js';

/** A pupil whose only match ran until 1 July 2025 and whose nomination closed on the same day. */
export const closedCase: PupilCaseFacts = { closedOn: '2025-07-01', runningMatch: false, lastMatchEndedOn: '2025-07-01', openConcern: false };

/** A pupil who was never matched; the nomination closed on 1 March 2025 (consent refused, or withdrawn). */
export const unmatchedCase: PupilCaseFacts = { closedOn: '2025-03-01', runningMatch: false, lastMatchEndedOn: null, openConcern: false };

/** A pupil with a running match. */
export const runningCase: PupilCaseFacts = { closedOn: null, runningMatch: true, lastMatchEndedOn: null, openConcern: false };
