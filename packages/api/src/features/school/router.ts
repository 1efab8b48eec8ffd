import { router } from '../../trpc/index.js';
import { create } from './create.js';
import { inviteSchoolMentor } from './invite-school-mentor.js';
import { list } from './list.js';
import { update } from './update.js';

export const schoolsRouter = router({ list, create, update, inviteSchoolMentor });
