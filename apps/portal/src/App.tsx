import { Route, Router, Switch } from 'wouter';
import { PortalShell } from './shell/PortalShell.js';
import { ApplicationStatusPage } from './features/application/ApplicationStatusPage.js';
import { AboutPortalPage } from './features/about/AboutPortalPage.js';

/** The server serves the portal at /portal/; `import.meta.env.BASE_URL` is '/portal/'. */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function App() {
  return (
    <Router base={base}>
      <PortalShell>
        <Switch>
          <Route path="/application" component={ApplicationStatusPage} />
          <Route component={AboutPortalPage} />
        </Switch>
      </PortalShell>
    </Router>
  );
}
