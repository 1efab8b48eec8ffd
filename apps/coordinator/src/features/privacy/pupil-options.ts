import type { PupilSummary } from '../../api-types';

/** The pupils to choose from on the privacy pages: name and school, so that two pupils of one name stay apart. */
export const pupilOptions = (pupils: readonly PupilSummary[]) => pupils.map((pupil) => ({ value: pupil.id, label: `${pupil.firstName} ${pupil.lastName} (${pupil.schoolName})` }));
