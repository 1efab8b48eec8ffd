import { useQuery } from '@tanstack/react-query';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { trpc, isUnauthorized } from './trpc';
import { CoordinatorShell } from './shell/CoordinatorShell';
import { LoadingState, LoadError } from './shell/LoadState';
import { NotFoundPage } from './shell/NotFoundPage';
import { SignedInProvider, isNationalAdmin, isSchoolMentor } from './shell/signed-in';
import { LoginPage } from './features/auth/LoginPage';
import { SetPasswordPage } from './features/auth/SetPasswordPage';
import { PipelinePage } from './features/applicants/PipelinePage';
import { ApplicantPage } from './features/applicants/ApplicantPage';
import { OutboxPage } from './features/outbox/OutboxPage';
import { PupilListPage } from './features/pupils/PupilListPage';
import { NominatePage } from './features/pupils/NominatePage';
import { PupilPage } from './features/pupils/PupilPage';
import { ProgrammesPage } from './features/programmes/ProgrammesPage';
import { ProgrammeSettingsPage } from './features/programmes/ProgrammeSettingsPage';
import { SchoolsPage } from './features/schools/SchoolsPage';
import { HolidaysPage } from './features/school-holidays/HolidaysPage';
import { MatchingPage } from './features/matching/MatchingPage';
import { PreferenceRoundPage } from './features/matching/PreferenceRoundPage';
import { MatchListPage } from './features/matches/MatchListPage';
import { MatchPage } from './features/matches/MatchPage';
import { AttentionPage } from './features/attention/AttentionPage';
import { EarlyEndingsPage } from './features/reports/EarlyEndingsPage';
import { ProgrammeReportPage } from './features/reports/ProgrammeReportPage';
import { CompliancePage } from './features/reports/CompliancePage';
import { NationalRollUpPage } from './features/reports/NationalRollUpPage';
import { IntervisionPage } from './features/support/IntervisionPage';
import { ConcernsPage } from './features/safeguarding/ConcernsPage';
import { ConcernPage } from './features/safeguarding/ConcernPage';

/**
 * The invitation link's page (public, whoever is signed in); otherwise, signed in: the pages of
 * the user's role; not signed in: the login page (whatever the address).
 */
export function App() {
  const [location] = useLocation();
  if (location === '/set-password') return <SetPasswordPage />;
  return <SignedInApp />;
}

function SignedInApp() {
  const me = useQuery(trpc.auth.me.queryOptions());

  if (me.isPending) return <LoadingState />;
  if (me.isError && !isUnauthorized(me.error)) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <LoginPage />;

  return (
    <SignedInProvider me={me.data}>
      <CoordinatorShell me={me.data}>{isNationalAdmin(me.data) ? <NationalRoutes /> : isSchoolMentor(me.data) ? <SchoolMentorRoutes /> : <CoordinatorRoutes />}</CoordinatorShell>
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

/** A school mentor: their pupils and nominating one; nothing else exists for them. */
function SchoolMentorRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Redirect to="/pupils" replace />
      </Route>
      {pupilRoutes()}
      <Route path="/login">
        <Redirect to="/pupils" replace />
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
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
      <Route path="/login">
        <Redirect to="/" replace />
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
