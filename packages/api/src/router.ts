import { router } from './trpc.js';
import { authRouter } from './routers/auth/router.js';
import { recruitmentRouter } from './routers/recruitment/router.js';
import { applicantsRouter } from './routers/applicants/router.js';
import { screeningRouter } from './routers/screening/router.js';
import { programmesRouter } from './routers/programmes/router.js';
import { outboxRouter } from './routers/outbox/router.js';
import { pupilsRouter } from './routers/pupils/router.js';
import { consentRouter } from './routers/consent/router.js';
import { schoolsRouter } from './routers/schools/router.js';
import { portalRouter } from './routers/portal/router.js';
import { matchingRouter } from './routers/matching/router.js';
import { matchesRouter } from './routers/matches/router.js';
import { checkInsRouter } from './routers/check-ins/router.js';
import { budgetRouter } from './routers/budget/router.js';
import { dashboardRouter } from './routers/dashboard/router.js';
import { reportsRouter } from './routers/reports/router.js';
import { allowancesRouter } from './routers/allowances/router.js';
import { intervisionRouter } from './routers/intervision/router.js';

export const appRouter = router({
  auth: authRouter,
  recruitment: recruitmentRouter,
  applicants: applicantsRouter,
  screening: screeningRouter,
  programmes: programmesRouter,
  outbox: outboxRouter,
  pupils: pupilsRouter,
  consent: consentRouter,
  schools: schoolsRouter,
  portal: portalRouter,
  matching: matchingRouter,
  matches: matchesRouter,
  checkIns: checkInsRouter,
  budget: budgetRouter,
  dashboard: dashboardRouter,
  reports: reportsRouter,
  allowances: allowancesRouter,
  intervision: intervisionRouter,
});

export type AppRouter = typeof appRouter;
