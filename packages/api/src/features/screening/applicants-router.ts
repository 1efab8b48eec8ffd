import { router } from '../../trpc/index.js';
import { get } from './get-applicant.js';
import { list } from './list-applicants.js';
import { updateMatchingProfile } from './update-matching-profile.js';

export const applicantsRouter = router({ list, get, updateMatchingProfile });
