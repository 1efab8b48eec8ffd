import { router } from '../../trpc.js';
import { get } from './get.js';
import { list } from './list.js';
import { updateMatchingProfile } from './update-matching-profile.js';

export const applicantsRouter = router({ list, get, updateMatchingProfile });
