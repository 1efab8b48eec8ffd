/**
 * SAF-10, SAF-11: who may read a concern, and what of it. Concern data is read only by the reporter
 * (their own report and addenda), the coordinators on the case (assigned, or alerted to take it up)
 * and the safeguarding leads and deputies; never by the person it is about.
 *
 * The existence of a concern is itself confidential: parents, pupils, other volunteers, school
 * mentors and coordinators not on the case get no count, flag, badge or "under review" marker, and a
 * suspension shows them no reason (`visibleSuspensionReasons` in ../match). The api enforces this on
 * every endpoint; counts, lists and dashboards are computed only over `readableConcerns`, and
 * concerns are left out of Art. 20 exports (reference SAF-10).
 */
import type { ConcernEntry, ConcernState } from './types.js';

/** Everyone who might ask. Only the first three can ever read anything. */
export const CONCERN_VIEWER_ROLES = ['volunteer', 'coordinator', 'safeguardingLead', 'schoolMentor', 'parent', 'pupil', 'other'] as const;
export type ConcernViewerRole = (typeof CONCERN_VIEWER_ROLES)[number];

export interface ConcernViewer {
  readonly personId: string;
  readonly role: ConcernViewerRole;
}

/** `full`: every entry; `ownReport`: only these versions (the reporter's report and addenda); `none`: nothing, not even that it exists. */
export type ConcernAccess = { readonly kind: 'none' } | { readonly kind: 'ownReport'; readonly versions: readonly number[] } | { readonly kind: 'full' };

/**
 * SAF-10: what `viewer` may read of `concern`. The person the concern is about: nothing, whatever
 * their role (SAF-11). A safeguarding lead (or deputy): everything. A coordinator assigned to the
 * case, or alerted to take it up (SAF-3): everything. The reporter: their own report and addenda
 * (SAF-2: not the coordinators' or the board's deliberations). Anyone else: nothing.
 */
export function mayReadConcern(viewer: ConcernViewer, concern: Pick<ConcernState, 'subject' | 'assignedCoordinatorIds' | 'alerts' | 'reporter' | 'entries'>): ConcernAccess {
  if (viewer.personId === '' || (concern.subject.personId !== null && viewer.personId === concern.subject.personId)) return { kind: 'none' };
  if (viewer.role === 'safeguardingLead') return { kind: 'full' };
  if (viewer.role === 'coordinator') {
    const onCase = concern.assignedCoordinatorIds.includes(viewer.personId) || concern.alerts.some((alert) => alert.recipientId === viewer.personId);
    if (onCase) return { kind: 'full' };
  }
  if ((viewer.role === 'volunteer' || viewer.role === 'coordinator') && viewer.personId === concern.reporter.personId) {
    const versions = concern.entries.filter((entry) => (entry.kind === 'reported' || entry.kind === 'addendum') && entry.by.personId === viewer.personId).map((entry) => entry.version);
    return { kind: 'ownReport', versions };
  }
  return { kind: 'none' };
}

/** The entries of a concern `viewer` may read (`mayReadConcern`), in version order. */
export function readableEntries(viewer: ConcernViewer, concern: ConcernState): readonly ConcernEntry[] {
  const access = mayReadConcern(viewer, concern);
  if (access.kind === 'none') return [];
  if (access.kind === 'full') return concern.entries;
  return concern.entries.filter((entry) => access.versions.includes(entry.version));
}

/** The concerns `viewer` may read anything of: the only list any count or list shown to them may be built from. */
export function readableConcerns<C extends ConcernState>(viewer: ConcernViewer, concerns: readonly C[]): readonly C[] {
  return concerns.filter((concern) => mayReadConcern(viewer, concern).kind !== 'none');
}
