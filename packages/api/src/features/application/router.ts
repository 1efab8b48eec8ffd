import { router } from '../../trpc/index.js';
import { submitApplication } from './submit-application.js';
import { programmes } from './programmes.js';
import { status } from './status.js';

export const applicationRouter = router({ programmes, submitApplication, status });
