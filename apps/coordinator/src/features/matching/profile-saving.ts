import { queryClient, trpc } from '../../trpc';
import type { ApplicantDetail, PupilDetail } from '../../api-types';

/** The board and every suggestion depend on the profiles: refresh them after a profile changed. */
export function refreshMatching(): void {
  void queryClient.invalidateQueries(trpc.matching.pathFilter());
}

export function pupilProfileSaved(detail: PupilDetail): void {
  queryClient.setQueryData(trpc.pupils.get.queryKey({ id: detail.id }), detail);
  refreshMatching();
}

export function volunteerProfileSaved(detail: ApplicantDetail): void {
  queryClient.setQueryData(trpc.applicants.get.queryKey({ id: detail.id }), detail);
  refreshMatching();
}
