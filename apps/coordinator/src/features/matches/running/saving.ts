import { queryClient, trpc } from '../../../trpc';

/**
 * After a check-in, a schedule change, an expense or a closure: what needs attention today, the
 * triangle's latest contacts and the closure report may all have changed.
 */
export function runningChanged(): void {
  void queryClient.invalidateQueries(trpc.attention.pathFilter());
  void queryClient.invalidateQueries(trpc.matches.triangle.pathFilter());
  void queryClient.invalidateQueries(trpc.reports.pathFilter());
}
