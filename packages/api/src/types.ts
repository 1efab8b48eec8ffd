/**
 * The api's type entry for its clients: the router's type and what each procedure takes and gives,
 * inferred from the procedures' zod input and output schemas. An app imports these with
 * `import type` only (the `clientApp` lint rule), e.g.
 * `type MatchDetail = RouterOutputs['matches']['get']`, and a `useQuery(trpc.x.y.queryOptions())`
 * is typed by them without a cast.
 */
import type { inferRouterError, inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './router.js';

export type { AppRouter };
/** What each procedure takes, as the client sends it: `RouterInputs['programmes']['update']`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** What each procedure gives, as the client receives it: `RouterOutputs['programmes']['get']`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
/**
 * What the error formatter adds to every error (`code`, `httpStatus`, `path`, the domain's
 * `domainCode` and `fieldErrors`): `isTRPCClientError<AppRouter>(error)` gives `error.data` this type.
 */
export type RouterErrorData = inferRouterError<AppRouter>['data'];
