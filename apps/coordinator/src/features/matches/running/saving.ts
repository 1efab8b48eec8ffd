import { queryClient, trpc } from '../../../trpc';
import { matchSaved } from '../saving';
import type { MatchDetail } from '../../../api-types';

/**
 * After a check-in, a schedule change, an expense or a closure: what needs attention today, the
 * triangle's latest contacts and the closure report may all have changed.
 */
export function runningChanged(): void {
  void queryClient.invalidateQueries(trpc.attention.pathFilter());
  void queryClient.invalidateQueries(trpc.matches.triangle.pathFilter());
  void queryClient.invalidateQueries(trpc.reports.pathFilter());
}

/** A running match changed as a whole (suspended, resumed, ended): its page, the lists and what follows from it. */
export function runningMatchSaved(detail: MatchDetail): void {
  matchSaved(detail);
  runningChanged();
}
