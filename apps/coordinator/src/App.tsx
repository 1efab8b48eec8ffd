import { useQuery } from '@tanstack/react-query';
import { Redirect, Route, Switch } from 'wouter';
import { trpc, isUnauthorized } from './trpc';
import { CoordinatorShell } from './shell/CoordinatorShell';
import { LoadingState, LoadError } from './shell/LoadState';
import { NotFoundPage } from './shell/NotFoundPage';
import { LoginPage } from './features/auth/LoginPage';
import { PipelinePage } from './features/applicants/PipelinePage';
import { ApplicantPage } from './features/applicants/ApplicantPage';
import { OutboxPage } from './features/outbox/OutboxPage';

/** Signed in: the coordinator's pages; otherwise the login page (whatever the address). */
export function App() {
  const me = useQuery(trpc.auth.me.queryOptions());

  if (me.isPending) return <LoadingState />;
  if (me.isError && !isUnauthorized(me.error)) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <LoginPage />;

  return (
    <CoordinatorShell me={me.data}>
      <Switch>
        <Route path="/">
          <PipelinePage />
        </Route>
        <Route path="/programmes/:programmeId">{(params) => <PipelinePage programmeId={params.programmeId} />}</Route>
        <Route path="/applicants/:id">{(params) => <ApplicantPage id={params.id} />}</Route>
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
    </CoordinatorShell>
  );
}
