import { MutationCache, QueryCache, QueryClient, hashKey } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, isTRPCClientError } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@driehoek/api';
import { retryPassingFailures } from '@driehoek/contracts/retry';
import type { Me } from './api-types';

/** Not signed in (any more): the app shows the login page instead of retrying. */
export function isUnauthorized(error: unknown): boolean {
  return isTRPCClientError<AppRouter>(error) && error.data?.code === 'UNAUTHORIZED';
}

let sessionEnded = false;
/** True after a session ran out while the app was open (until the next sign-in), so the login page can say why. */
export function sessionEndedWhileOpen(): boolean {
  return sessionEnded;
}

/** Any request that finds the session gone sends the coordinator back to the login page. */
function onError(error: unknown): void {
  if (!isUnauthorized(error)) return;
  const meKey = trpc.auth.me.queryKey();
  if (queryClient.getQueryData(meKey)) {
    sessionEnded = true;
    queryClient.setQueryData(meKey, null);
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // Only a passing failure (network, 5xx) is tried again; "not found" or "signed out" shows at once.
      retry: retryPassingFailures(2),
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: '/trpc',
      // Queries go as POST too: no input (ids, tokens) ever appears in a URL or an access log.
      methodOverride: 'POST',
      fetch: (url, options) => fetch(url, { ...options, credentials: 'same-origin' }),
    }),
  ],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

/**
 * Signed in or out: forget every loaded record (they may belong to another coordinator or
 * organisation) and set who is signed in. The `auth.me` query itself stays, so the app,
 * which watches it, switches between the login page and the pages at once.
 */
export function setSignedIn(me: Me): void {
  const meKey = trpc.auth.me.queryKey();
  const meHash = hashKey(meKey);
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
  sessionEnded = false;
  queryClient.setQueryData(meKey, me);
}
