import { router } from '../../trpc.js';
import { apply } from './apply.js';
import { programmes } from './programmes.js';
import { status } from './status.js';

export const recruitmentRouter = router({ programmes, apply, status });
