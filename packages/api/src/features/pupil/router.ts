import { router } from '../../trpc/index.js';
import { addCaseNote } from './add-case-note.js';
import { addFamilyMember } from './add-family-member.js';
import { get } from './get.js';
import { list } from './list.js';
import { nominate } from './nominate.js';
import { updateMatchingProfile } from './update-matching-profile.js';

export const pupilsRouter = router({ nominate, list, get, addFamilyMember, addCaseNote, updateMatchingProfile });
