import { queryClient, trpc } from '../../trpc';
import type { MatchDetail } from '../../api-types';

/**
 * Every match mutation answers with the match as it now stands: put it in the cache (the page
 * updates at once) and refresh the lists, the board and the pupils (a match changes who waits).
 */
export function matchSaved(detail: MatchDetail): void {
  queryClient.setQueryData(trpc.matches.get.queryKey({ matchId: detail.id }), detail);
  matchesChanged();
}

/** After matches were created or closed: the board, suggestions, match lists and pupil statuses change. */
export function matchesChanged(): void {
  void queryClient.invalidateQueries(trpc.matches.list.pathFilter());
  void queryClient.invalidateQueries(trpc.matching.pathFilter());
  void queryClient.invalidateQueries(trpc.pupils.pathFilter());
}
