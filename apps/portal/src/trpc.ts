import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@driehoek/api';
import { retryPassingFailures } from '@driehoek/contracts/retry';

export const queryClient = new QueryClient({
  defaultOptions: {
    // Only a passing failure (network, 5xx) is tried again; "not found" shows at once.
    queries: { retry: retryPassingFailures(2), refetchOnWindowFocus: false, staleTime: 30_000 },
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

/** Module-level options proxy: `useQuery(trpc.application.status.queryOptions({ token }))`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
