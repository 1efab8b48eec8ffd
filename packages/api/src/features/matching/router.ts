import { router } from '../../trpc/index.js';
import { board } from './board.js';
import { preferenceRound } from './preference-round.js';
import { proposeBatch } from './propose-batch.js';
import { runPreferenceRound } from './run-preference-round.js';
import { suggestForPupil } from './suggest-for-pupil.js';
import { suggestForVolunteer } from './suggest-for-volunteer.js';

export const matchingRouter = router({ board, suggestForPupil, suggestForVolunteer, proposeBatch, preferenceRound, runPreferenceRound });
