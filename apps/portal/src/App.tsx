import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Router, Switch } from 'wouter';
import { PortalShell } from './shell/PortalShell.js';
import { useMe } from './shell/session.js';
import { LoadFailed } from './shell/LoadFailed.js';
import { withTexts } from './i18n.js';

// Each page is its own chunk: a parent's phone downloads only the page it opens. A page loads
// beside the rest of its language's texts; the sign-in needs only the first part (i18n.ts).
const pages = {
  application: withTexts(() => import('./features/application/ApplicationStatusPage.js').then((m) => ({ default: m.ApplicationStatusPage }))),
  about: withTexts(() => import('./features/about/AboutPortalPage.js').then((m) => ({ default: m.AboutPortalPage }))),
  signIn: () => import('./features/sign-in/SignInPage.js').then((m) => ({ default: m.SignInPage })),
  family: withTexts(() => import('./features/family/FamilyPage.js').then((m) => ({ default: m.FamilyPage }))),
  myMatches: withTexts(() => import('./features/volunteer/MyMatchesPage.js').then((m) => ({ default: m.MyMatchesPage }))),
  meetingLog: withTexts(() => import('./features/volunteer/MeetingLogPage.js').then((m) => ({ default: m.MeetingLogPage }))),
  worry: withTexts(() => import('./features/volunteer/WorryPage.js').then((m) => ({ default: m.WorryPage }))),
  questionnaire: withTexts(() => import('./features/evaluation/QuestionnaireLinkPage.js').then((m) => ({ default: m.QuestionnaireLinkPage }))),
  myQuestionnaire: withTexts(() => import('./features/evaluation/MyQuestionnairePage.js').then((m) => ({ default: m.MyQuestionnairePage }))),
};
const ApplicationStatusPage = lazy(pages.application);
const AboutPortalPage = lazy(pages.about);
const SignInPage = lazy(pages.signIn);
const FamilyPage = lazy(pages.family);
const MyMatchesPage = lazy(pages.myMatches);
const MeetingLogPage = lazy(pages.meetingLog);
const WorryPage = lazy(pages.worry);
const QuestionnaireLinkPage = lazy(pages.questionnaire);
const MyQuestionnairePage = lazy(pages.myQuestionnaire);

/**
 * Starts loading the page of this address while the texts load, instead of after; resolves
 * when it is there. Signed out (as the server said), the start page is the sign-in.
 */
export function preloadPage(pathname: string, signedIn?: boolean | null): Promise<unknown> {
  const path = pathname.slice(base.length);
  if (path.startsWith('/sign-in') || (signedIn === false && (path === '' || path === '/'))) return pages.signIn();
  if (path.startsWith('/application')) return pages.application();
  if (path.startsWith('/log')) return pages.meetingLog();
  if (path.startsWith('/worry')) return pages.worry();
  if (path.startsWith('/questionnaire')) return pages.questionnaire();
  if (path.startsWith('/evaluation')) return pages.myQuestionnaire();
  return Promise.resolve();
}

/** The server serves the portal at /portal/; `import.meta.env.BASE_URL` is '/portal/'. */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function App() {
  return (
    <Router base={base}>
      <PortalShell>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/" component={Home} />
            <Route path="/sign-in" component={SignInPage} />
            <Route path="/application" component={ApplicationStatusPage} />
            <Route path="/log">{() => <VolunteerOnly page={<MeetingLogPage />} />}</Route>
            <Route path="/questionnaire" component={QuestionnaireLinkPage} />
            <Route path="/evaluation/:invitationId">{(params) => <VolunteerOnly page={<MyQuestionnairePage invitationId={params.invitationId} />} />}</Route>
            <Route path="/worry/:matchId">{(params) => <VolunteerOnly page={<WorryPage matchId={params.matchId} />} />}</Route>
            <Route component={AboutPortalPage} />
          </Switch>
        </Suspense>
      </PortalShell>
    </Router>
  );
}

/**
 * The start page: a signed-in parent's family page, or a volunteer's own matches ("Mijn
 * koppelingen"); otherwise the sign-in. Each sees only their own part.
 */
function Home() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadFailed retrying={me.isFetching} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Redirect to="/sign-in" replace />;
  return me.data.kind === 'volunteer' ? <MyMatchesPage /> : <FamilyPage />;
}

/** The meeting log and "I am worried about …" are a volunteer's pages; anyone else goes to the start page. */
function VolunteerOnly({ page }: { page: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadFailed retrying={me.isFetching} onRetry={() => void me.refetch()} />;
  if (me.data?.kind !== 'volunteer') return <Redirect to="/" replace />;
  return page;
}

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('app.loading')}</p>;
}
