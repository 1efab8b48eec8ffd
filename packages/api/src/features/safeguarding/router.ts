import { router } from '../../trpc/index.js';
import { acknowledge, addendum, get, list, raise, record } from './concerns.js';
import { contacts, roles, setRoles } from './roles.js';
import { fromMeetingLog } from './from-records.js';

export const concernsRouter = router({ raise, addendum, acknowledge, record, get, list, fromMeetingLog });
export const safeguardingRouter = router({ roles, setRoles, contacts });
