import { Suspense, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { trpc, isUnauthorized } from './trpc';
import { CoordinatorShell } from './shell/CoordinatorShell';
import { LoadingState, LoadError } from './shell/LoadState';
import { NotFoundPage } from './shell/NotFoundPage';
import { SignedInProvider, isAdmin, isNationalAdmin, isSchoolMentor, useSignedIn } from './shell/signed-in';
import { lazyPage } from './shell/lazy-page';
import { requireTexts, retryTexts } from './i18n';

// Every page loads on demand (issue 15): the first page downloads only the shell and itself.
const LoginPage = lazyPage(() => import('./features/auth/LoginPage'), 'LoginPage');
const SetPasswordPage = lazyPage(() => import('./features/auth/SetPasswordPage'), 'SetPasswordPage');
const ForgotPasswordPage = lazyPage(() => import('./features/auth/ForgotPasswordPage'), 'ForgotPasswordPage');
const TeamPage = lazyPage(() => import('./features/team/TeamPage'), 'TeamPage');
const PipelinePage = lazyPage(() => import('./features/applicants/PipelinePage'), 'PipelinePage');
const ApplicantPage = lazyPage(() => import('./features/applicants/ApplicantPage'), 'ApplicantPage');
const OutboxPage = lazyPage(() => import('./features/outbox/OutboxPage'), 'OutboxPage');
const PupilListPage = lazyPage(() => import('./features/pupils/PupilListPage'), 'PupilListPage');
const NominatePage = lazyPage(() => import('./features/pupils/NominatePage'), 'NominatePage');
const PupilPage = lazyPage(() => import('./features/pupils/PupilPage'), 'PupilPage');
const ProgrammesPage = lazyPage(() => import('./features/programmes/ProgrammesPage'), 'ProgrammesPage');
const ProgrammeSettingsPage = lazyPage(() => import('./features/programmes/ProgrammeSettingsPage'), 'ProgrammeSettingsPage');
const ProgrammeQuestionnairesPage = lazyPage(() => import('./features/programmes/ProgrammeQuestionnairesPage'), 'ProgrammeQuestionnairesPage');
const QuestionnaireBuilderPage = lazyPage(() => import('./features/programmes/QuestionnaireBuilderPage'), 'QuestionnaireBuilderPage');
const SchoolsPage = lazyPage(() => import('./features/schools/SchoolsPage'), 'SchoolsPage');
const SchoolQuestionnairesPage = lazyPage(() => import('./features/schools/SchoolQuestionnairesPage'), 'SchoolQuestionnairesPage');
const SchoolQuestionnairePage = lazyPage(() => import('./features/schools/SchoolQuestionnairesPage'), 'SchoolQuestionnairePage');
const HolidaysPage = lazyPage(() => import('./features/school-holidays/HolidaysPage'), 'HolidaysPage');
const MatchingPage = lazyPage(() => import('./features/matching/MatchingPage'), 'MatchingPage');
const PreferenceRoundPage = lazyPage(() => import('./features/matching/PreferenceRoundPage'), 'PreferenceRoundPage');
const MatchListPage = lazyPage(() => import('./features/matches/MatchListPage'), 'MatchListPage');
const MatchPage = lazyPage(() => import('./features/matches/MatchPage'), 'MatchPage');
const AttentionPage = lazyPage(() => import('./features/attention/AttentionPage'), 'AttentionPage');
const EarlyEndingsPage = lazyPage(() => import('./features/reports/EarlyEndingsPage'), 'EarlyEndingsPage');
const IntervisionPage = lazyPage(() => import('./features/support/IntervisionPage'), 'IntervisionPage');
const ConcernsPage = lazyPage(() => import('./features/safeguarding/ConcernsPage'), 'ConcernsPage');
const ConcernPage = lazyPage(() => import('./features/safeguarding/ConcernPage'), 'ConcernPage');
const PrivacyPage = lazyPage(() => import('./features/privacy/PrivacyPage'), 'PrivacyPage');
const AuditPage = lazyPage(() => import('./features/privacy/AuditPage'), 'AuditPage');
const OrganisationPage = lazyPage(() => import('./features/organisation/OrganisationPage'), 'OrganisationPage');
const ProgrammeReportPage = lazyPage(() => import('./features/reports/ProgrammeReportPage'), 'ProgrammeReportPage');
const CompliancePage = lazyPage(() => import('./features/reports/CompliancePage'), 'CompliancePage');
const NationalRollUpPage = lazyPage(() => import('./features/reports/NationalRollUpPage'), 'NationalRollUpPage');

/**
 * The invitation (or reset) link's page and "forgot password?" (public, whoever is signed in); otherwise, signed in: the pages of
 * the user's role; not signed in: the login page (whatever the address).
 */
export function App() {
  const [location] = useLocation();
  const publicPage = location === '/set-password' ? <SetPasswordPage /> : location === '/forgot-password' ? <ForgotPasswordPage /> : null;
  return <Suspense fallback={<LoadingState />}>{publicPage ?? <SignedInApp />}</Suspense>;
}

function SignedInApp() {
  const me = useQuery(trpc.auth.me.queryOptions());
  const [, setTextsTry] = useState(0);

  if (me.isPending) return <LoadingState />;
  if (me.isError && !isUnauthorized(me.error)) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <LoginPage />;

  // The sign-in needs only the first part of the texts; the signed-in app waits for the rest.
  const textsFailed = requireTexts();
  if (textsFailed) {
    const retry = () => {
      retryTexts();
      setTextsTry((n) => n + 1);
    };
    return <LoadError error={textsFailed} onRetry={retry} />;
  }
  return (
    <SignedInProvider me={me.data}>
      <CoordinatorShell me={me.data}>
        <Suspense fallback={<LoadingState />}>
          {isNationalAdmin(me.data) ? <NationalRoutes /> : isSchoolMentor(me.data) ? <SchoolMentorRoutes /> : <CoordinatorRoutes />}
        </Suspense>
      </CoordinatorShell>
    </SignedInProvider>
  );
}

/** The pupil pages, the same for every role (the api scopes a school mentor to their school). */
function pupilRoutes() {
  return [
    <Route key="new" path="/pupils/new">
      <NominatePage />
    </Route>,
    <Route key="pupil" path="/pupils/:id">
      {(params) => <PupilPage id={params.id} />}
    </Route>,
    <Route key="list" path="/pupils">
      <PupilListPage />
    </Route>,
  ];
}

/** A school mentor: their pupils, nominating one, and their questionnaires about their school's matches; nothing else exists for them. */
function SchoolMentorRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Redirect to="/pupils" replace />
      </Route>
      {pupilRoutes()}
      <Route path="/questionnaires">
        <SchoolQuestionnairesPage />
      </Route>
      <Route path="/questionnaires/:id">{(params) => <SchoolQuestionnairePage invitationId={params.id} />}</Route>
      <Route path="/login">
        <Redirect to="/pupils" replace />
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}

/** The privacy pages and the organisation's settings exist for admins only (the api refuses everyone else as well). */
function adminRoutes() {
  return [
    <Route key="audit" path="/privacy/audit">
      <AuditPage />
    </Route>,
    <Route key="privacy" path="/privacy">
      <PrivacyPage />
    </Route>,
    <Route key="organisation" path="/organisation">
      <OrganisationPage />
    </Route>,
  ];
}

/** A national administrator: the roll-up of the regions' figures; no page with a personal record exists for them. */
function NationalRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Redirect to="/national" replace />
      </Route>
      <Route path="/national">
        <NationalRollUpPage />
      </Route>
      <Route path="/login">
        <Redirect to="/national" replace />
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}

function CoordinatorRoutes() {
  const me = useSignedIn();
  return (
    <Switch>
      <Route path="/">
        <AttentionPage />
      </Route>
      <Route path="/applicants">
        <PipelinePage />
      </Route>
      <Route path="/programmes/:programmeId">{(params) => <PipelinePage programmeId={params.programmeId} />}</Route>
      <Route path="/applicants/:id">{(params) => <ApplicantPage id={params.id} />}</Route>
      {pupilRoutes()}
      <Route path="/programme-settings">
        <ProgrammesPage />
      </Route>
      <Route path="/programme-settings/:id/questionnaires/new">{(params) => <QuestionnaireBuilderPage programmeId={params.id} />}</Route>
      <Route path="/programme-settings/:id/questionnaires/:questionnaireId">
        {(params) => <QuestionnaireBuilderPage programmeId={params.id} questionnaireId={params.questionnaireId} />}
      </Route>
      <Route path="/programme-settings/:id/questionnaires">{(params) => <ProgrammeQuestionnairesPage id={params.id} />}</Route>
      <Route path="/programme-settings/:id">{(params) => <ProgrammeSettingsPage id={params.id} />}</Route>
      <Route path="/matching">
        <MatchingPage />
      </Route>
      <Route path="/matching/:programmeId/preferences">{(params) => <PreferenceRoundPage programmeId={params.programmeId} />}</Route>
      <Route path="/matching/:programmeId">{(params) => <MatchingPage programmeId={params.programmeId} />}</Route>
      <Route path="/matches">
        <MatchListPage />
      </Route>
      <Route path="/matches/:id">{(params) => <MatchPage id={params.id} />}</Route>
      <Route path="/intervision">
        <IntervisionPage />
      </Route>
      <Route path="/intervision/:programmeId">{(params) => <IntervisionPage programmeId={params.programmeId} />}</Route>
      <Route path="/reports/endings">
        <EarlyEndingsPage />
      </Route>
      <Route path="/reports/programme">
        <ProgrammeReportPage />
      </Route>
      <Route path="/reports/programme/:programmeId">{(params) => <ProgrammeReportPage programmeId={params.programmeId} />}</Route>
      <Route path="/reports/compliance">
        <CompliancePage />
      </Route>
      <Route path="/schools/holidays">
        <HolidaysPage />
      </Route>
      <Route path="/schools">
        <SchoolsPage />
      </Route>
      <Route path="/concerns">
        <ConcernsPage />
      </Route>
      <Route path="/concerns/:id">{(params) => <ConcernPage id={params.id} />}</Route>
      <Route path="/outbox">
        <OutboxPage />
      </Route>
      <Route path="/team">
        <TeamPage />
      </Route>
      {isAdmin(me) && adminRoutes()}
      <Route path="/login">
        <Redirect to="/" replace />
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
