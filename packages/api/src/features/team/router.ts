import { router } from '../../trpc/index.js';
import { changeRole } from './change-role.js';
import { invite } from './invite.js';
import { list } from './list.js';
import { setActive } from './set-active.js';

export const teamRouter = router({ list, invite, changeRole, setActive });
