import { queryClient, trpc } from '../../trpc';
import type { PupilDetail } from '../../api-types';

/**
 * Every pupil and consent mutation answers with the pupil as it now stands: put that in the
 * cache (the page updates at once) and refresh the pupil lists and their counts.
 */
export function pupilSaved(detail: PupilDetail): void {
  queryClient.setQueryData(trpc.pupils.get.queryKey({ id: detail.id }), detail);
  void queryClient.invalidateQueries(trpc.pupils.list.pathFilter());
}
