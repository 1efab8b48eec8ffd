import { router } from '../../trpc/index.js';
import { completeTraining } from './complete-training.js';
import { decide } from './decide.js';
import { recordInterview } from './record-interview.js';
import { recordReference } from './record-reference.js';
import { registerVog } from './register-vog.js';
import { requestVog } from './request-vog.js';
import { revoke } from './revoke.js';
import { signCodeOfConduct } from './sign-code-of-conduct.js';

export const screeningRouter = router({
  recordInterview,
  recordReference,
  requestVog,
  registerVog,
  signCodeOfConduct,
  completeTraining,
  decide,
  revoke,
});
