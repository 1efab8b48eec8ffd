import { router } from '../../trpc/index.js';
import { list } from './list.js';

export const outboxRouter = router({ list });
