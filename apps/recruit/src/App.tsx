import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { RecruitShell } from './shell/RecruitShell.js';
import { AboutPage } from './features/about/AboutPage.js';
import { SentPage } from './features/application/SentPage.js';
import { NotFoundPage } from './shell/NotFoundPage.js';

// The form brings zod and the api client; the information page loads without them.
const ApplyPage = lazy(() => import('./features/application/ApplyPage.js').then((module) => ({ default: module.ApplyPage })));

export function App() {
  const { t } = useTranslation();
  return (
    <RecruitShell>
      <Suspense fallback={<p role="status">{t('site.loading')}</p>}>
        <Switch>
          <Route path="/" component={AboutPage} />
          <Route path="/apply" component={ApplyPage} />
          <Route path="/apply/sent" component={SentPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </RecruitShell>
  );
}
