import { router } from '../../trpc/index.js';
import { create } from './create.js';
import { inviteSchoolMentor } from './invite-school-mentor.js';
import { list } from './list.js';

export const schoolsRouter = router({ list, create, inviteSchoolMentor });
