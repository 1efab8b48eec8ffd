import { queryClient, trpc } from '../../trpc';

/** After a change: every query that shows the organisation (the shell's "signed in as … of …" too). */
export const organisationChanged = () =>
  Promise.all([queryClient.invalidateQueries(trpc.organisation.getSettings.pathFilter()), queryClient.invalidateQueries(trpc.auth.me.pathFilter())]);
