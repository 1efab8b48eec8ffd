import { router } from './trpc/index.js';
import { authRouter } from './features/auth/index.js';
import { applicationRouter } from './features/application/index.js';
import { applicantsRouter } from './features/screening/index.js';
import { screeningRouter } from './features/screening/index.js';
import { programmesRouter } from './features/programme/index.js';
import { outboxRouter } from './features/outbox/index.js';
import { pupilsRouter } from './features/pupil/index.js';
import { consentRouter } from './features/consent/index.js';
import { schoolsRouter } from './features/school/index.js';
import { holidaysRouter } from './features/school-holidays/index.js';
import { auditRouter, privacyRouter } from './features/privacy/index.js';
import { organisationRouter } from './features/organisation/index.js';
import { portalRouter } from './features/portal/index.js';
import { matchingRouter } from './features/matching/index.js';
import { matchesRouter } from './features/match/index.js';
import { checkInsRouter } from './features/check-in/index.js';
import { budgetRouter } from './features/budget/index.js';
import { attentionRouter } from './features/attention/index.js';
import { reportsRouter } from './features/reporting/index.js';
import { allowancesRouter } from './features/allowance/index.js';
import { intervisionRouter } from './features/intervision/index.js';
import { concernsRouter, safeguardingRouter } from './features/safeguarding/index.js';
import { evaluationRouter } from './features/evaluation/index.js';
import { teamRouter } from './features/team/index.js';

export const appRouter = router({
  auth: authRouter,
  application: applicationRouter,
  applicants: applicantsRouter,
  screening: screeningRouter,
  programmes: programmesRouter,
  outbox: outboxRouter,
  pupils: pupilsRouter,
  consent: consentRouter,
  schools: schoolsRouter,
  holidays: holidaysRouter,
  audit: auditRouter,
  privacy: privacyRouter,
  organisation: organisationRouter,
  portal: portalRouter,
  matching: matchingRouter,
  matches: matchesRouter,
  checkIns: checkInsRouter,
  budget: budgetRouter,
  attention: attentionRouter,
  reports: reportsRouter,
  allowances: allowancesRouter,
  intervision: intervisionRouter,
  evaluation: evaluationRouter,
  concerns: concernsRouter,
  safeguarding: safeguardingRouter,
  team: teamRouter,
});

export type AppRouter = typeof appRouter;
