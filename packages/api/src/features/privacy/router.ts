import { router } from '../../trpc/index.js';
import { search } from './audit-search.js';

/** The audit log an admin can read (issue 14). */
export const auditRouter = router({ search });
