import { Match, OPEN_MATCH, Volunteer, type EntityManager } from '@driehoek/db';
import { amsterdamDateOf } from '../../clock/index.js';
import { concernMatchActions, type ConcernState } from '@driehoek/domain/safeguarding';
import { matchRecordOf, suspendMatch } from '../match/index.js';

/**
 * Carries out what a concern now asks of the matches it reaches (`concernMatchActions`): while it
 * suspends them (acute danger, SAF-4; a concern about the volunteer, SAF-11; the case team's choice),
 * every running match of the pupil, and of the volunteer it is about, is suspended with reason
 * `concern` — meetings leave the portals and feeds, the families are told in person (SAF-10) — and
 * a volunteer it is about leaves the matching board. Resuming stays the coordinator's step.
 * Returns the matches it suspended. Runs inside the caller's unit of work.
 */
export async function carryOutConcernMatchActions(em: EntityManager, organisationId: string, byPersonId: string, state: ConcernState, pupilId: string, now: Date): Promise<readonly string[]> {
  if (!state.suspendsMatch) return [];
  const subject = state.subject.type === 'staffOrVolunteer' ? state.subject.personId : null;
  const reach = subject ? { $or: [{ pupil: pupilId }, { volunteer: subject }] } : { pupil: pupilId };
  const matches = await em.find(Match, { organisation: organisationId, startedOn: { $ne: null }, ...OPEN_MATCH, ...reach }, { populate: ['programme', 'pupil', 'volunteer'] });
  const actions = concernMatchActions(state, matches.map(matchRecordOf));
  const ctx = { actor: { id: byPersonId, organisationId }, today: amsterdamDateOf(now) };
  for (const matchId of actions.suspend) await suspendMatch(em, ctx, matchId, { reason: 'concern', concernId: state.id });
  if (actions.suspendVolunteerFromMatching) {
    const volunteer = await em.findOne(Volunteer, { id: actions.suspendVolunteerFromMatching, organisation: organisationId });
    if (volunteer) volunteer.suspended = true;
  }
  return actions.suspend;
}
