import { router } from '../../trpc.js';
import { submitApplication } from './submit-application.js';
import { programmes } from './programmes.js';
import { status } from './status.js';

export const recruitmentRouter = router({ programmes, submitApplication, status });
