import type { MatchSummary } from '../../api-types';

export interface RunningVolunteer {
  readonly id: string;
  readonly name: string;
}

/** The volunteers of a programme's running matches, each once (a volunteer may mentor more than one pupil), by name. */
export function runningVolunteers(matches: readonly MatchSummary[]): RunningVolunteer[] {
  const byId = new Map<string, RunningVolunteer>();
  for (const match of matches) if (match.stage === 'active') byId.set(match.volunteer.id, { id: match.volunteer.id, name: match.volunteer.name });
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
