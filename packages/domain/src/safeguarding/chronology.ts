/**
 * SAF-13: all concerns about a pupil form one chronology, so that structural (repeated) unsafety can
 * be seen ("structurele onveiligheid": an unsafe situation that repeats or continues).
 */
import { epochMsOf, type UtcInstant } from '../schedule/amsterdam.js';
import type { ConcernEntry, ConcernState } from './types.js';
import { mayReadConcern, type ConcernViewer } from './visibility.js';

/** One line of the chronology: an entry of one of the pupil's concerns. */
export interface ChronologyItem {
  readonly concernId: string;
  readonly at: UtcInstant;
  readonly entry: ConcernEntry;
}

export interface PupilChronology {
  readonly pupilId: string;
  /** The concerns in it, oldest report first. */
  readonly concernIds: readonly string[];
  /** Every entry of every concern, by time recorded, then concern, then version. */
  readonly items: readonly ChronologyItem[];
  /** More than one concern: a repetition the case team weighs as possibly structural (afwegingsvraag 2). */
  readonly repeated: boolean;
}

/**
 * SAF-13: the pupil's chronology as `viewer` may see it, or `null` when they may see none. Visible to
 * a safeguarding lead and to a coordinator on any of the pupil's concerns (SAF-13: "visible to the
 * assigned coordinator"), and then with all of the pupil's concerns, except those about the viewer
 * (SAF-11). A reporter gets no chronology: only their own report (SAF-2, SAF-10).
 */
export function pupilChronology(viewer: ConcernViewer, concerns: readonly ConcernState[], pupilId: string): PupilChronology | null {
  const ofPupil = concerns.filter((concern) => concern.pupilId === pupilId);
  const mayRead = ofPupil.some((concern) => mayReadConcern(viewer, concern).kind === 'full');
  if (!mayRead) return null;
  const visible = ofPupil
    .filter((concern) => concern.subject.personId !== viewer.personId)
    .sort((a, b) => epochMsOf(a.reportedAt) - epochMsOf(b.reportedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const items = visible
    .flatMap((concern) => concern.entries.map((entry) => ({ concernId: concern.id, at: entry.at, entry })))
    .sort((a, b) => epochMsOf(a.at) - epochMsOf(b.at) || (a.concernId < b.concernId ? -1 : a.concernId > b.concernId ? 1 : 0) || a.entry.version - b.entry.version);
  return { pupilId, concernIds: visible.map((concern) => concern.id), items, repeated: visible.length > 1 };
}
