/**
 * What a pupil needs help with and what a volunteer can help with, in one vocabulary, so the
 * fit between the help request and the volunteer can be scored. Taken from the seeds' help
 * requests (thuisschoolmaatje-handreiking-mentoren.txt step 2: overview, starting and finishing
 * tasks, organising schoolwork, self-confidence, attention and support) and the home mentor's
 * role (schoolscool-thuismentor-worden.txt: planning, homework, structure, asking questions at
 * school, involving the parents, leisure activities).
 */
export const HELP_AREAS = [
  'planning',
  'homework',
  'structure',
  'selfConfidence',
  'attention',
  'dutchLanguage',
  'mathematics',
  'parentInvolvement',
  'contactWithSchool',
  'leisure',
] as const;
export type HelpArea = (typeof HELP_AREAS)[number];
