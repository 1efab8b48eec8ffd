import { router } from './trpc.js';
import { authRouter } from './routers/auth/router.js';
import { recruitmentRouter } from './routers/recruitment/router.js';
import { applicantsRouter } from './routers/applicants/router.js';
import { screeningRouter } from './routers/screening/router.js';
import { programmesRouter } from './routers/programmes/router.js';
import { outboxRouter } from './routers/outbox/router.js';

export const appRouter = router({
  auth: authRouter,
  recruitment: recruitmentRouter,
  applicants: applicantsRouter,
  screening: screeningRouter,
  programmes: programmesRouter,
  outbox: outboxRouter,
});

export type AppRouter = typeof appRouter;
