import { describe, expect, it } from 'vitest';
import { activateMatch } from '../match/activation.js';
import { con1Holds, homeMentoring, scheduledHome } from '../match/fixtures.js';
import { suspendMatch } from '../match/suspension.js';
import type { MatchRecord } from '../match/types.js';
import { concernMatchActions, openConcernSuspendsMatch, suspendingConcernsFor } from './consequences.js';
import { add, bea, karin, nonAcuteUpTo, ok, opened } from './fixtures.js';
import { concernState } from './record.js';

const running = (id: string, menteeId: string, volunteerId: string): MatchRecord => ({
  ...ok(activateMatch(scheduledHome(), con1Holds, homeMentoring, '2025-10-01')),
  id,
  menteeId,
  volunteerId,
});
const saraWithAns = running('match-1', 'pupil-sara', 'v-ans');
const timWithAns = running('match-2', 'pupil-tim', 'v-ans');
const saraPair = { menteeId: 'pupil-sara', volunteerId: 'v-ans' };

describe('CON-1(iv): no open concern that suspends the match', () => {
  it('CON-1(iv): an acute concern about the pupil blocks activating a match for the pupil; the api passes the result to activateMatch', () => {
    const acute = concernState(opened({ acuteDanger: true }));
    expect(openConcernSuspendsMatch([acute], saraPair)).toBe(true);
    expect(activateMatch(scheduledHome(), { ...con1Holds, openConcernSuspendsMatch: openConcernSuspendsMatch([acute], saraPair) }, homeMentoring, '2025-10-01')).toEqual({
      ok: false,
      code: 'CONSENT.CONCERN_SUSPENDS_MATCH',
    });
  });

  it('CON-1(iv): a concern that is not acute does not suspend, until the case team says so; lifting it again frees the match', () => {
    const entries = nonAcuteUpTo('acknowledged');
    expect(openConcernSuspendsMatch([concernState(entries)], saraPair)).toBe(false);
    const suspended = add(entries, { kind: 'suspensionSet', suspendsMatch: true, reason: 'Father threatened the volunteer.' }, bea, '2025-10-15T09:00:00Z');
    expect(suspendingConcernsFor([concernState(suspended)], saraPair).map((concern) => concern.id)).toEqual(['concern-1']);
    const lifted = add(suspended, { kind: 'suspensionSet', suspendsMatch: false, reason: 'Meetings move to the library.' }, bea, '2025-10-20T09:00:00Z');
    expect(openConcernSuspendsMatch([concernState(lifted)], saraPair)).toBe(false);
  });

  it('SAF-11: a concern about the volunteer blocks every match of that volunteer, not the pupil with another volunteer', () => {
    const aboutAns = concernState(opened({ subject: { type: 'staffOrVolunteer', personId: 'v-ans' } }, 'concern-9', '2025-10-14T18:05:00Z', bea));
    expect(openConcernSuspendsMatch([aboutAns], { menteeId: 'pupil-tim', volunteerId: 'v-ans' })).toBe(true);
    expect(openConcernSuspendsMatch([aboutAns], { menteeId: 'pupil-sara', volunteerId: 'v-bob' })).toBe(false);
  });
});

describe('concernMatchActions (SAF-4, SAF-11)', () => {
  it("SAF-11: a concern about the volunteer suspends all the volunteer's running matches at once and keeps them off the board", () => {
    const aboutAns = concernState(opened({ subject: { type: 'staffOrVolunteer', personId: 'v-ans' } }, 'concern-9', '2025-10-14T18:05:00Z', bea));
    expect(concernMatchActions(aboutAns, [saraWithAns, timWithAns, running('match-3', 'pupil-lot', 'v-bob')])).toEqual({
      suspend: ['match-1', 'match-2'],
      mayResume: [],
      suspendVolunteerFromMatching: 'v-ans',
      subjectOutcome: null,
    });
  });

  it('SAF-4: an acute concern about the pupil suspends the pupil\'s match; a match already suspended for it is left alone', () => {
    const acute = concernState(opened({ acuteDanger: true }));
    expect(concernMatchActions(acute, [saraWithAns, timWithAns]).suspend).toEqual(['match-1']);
    const done = ok(suspendMatch(saraWithAns, { reason: 'concern', concernId: 'concern-1', on: '2025-10-14', by: 'system' }, '2025-10-14'));
    expect(concernMatchActions(acute, [done]).suspend).toEqual([]);
  });

  it('SAF-11: once decided and cleared, the matches suspended for this concern alone may be resumed by the coordinator', () => {
    let entries = opened({ subject: { type: 'staffOrVolunteer', personId: 'v-ans' }, facts: 'A parent said Ans shouted at Tim.', sources: [{ kind: 'thirdParty', who: "Tim's mother" }] }, 'concern-9', '2025-10-14T18:05:00Z', bea);
    entries = add(entries, { kind: 'acknowledged' }, karin, '2025-10-15T07:00:00Z');
    entries = add(entries, { kind: 'signalsMapped', summary: 'One account, second hand.' }, karin, '2025-10-15T08:00:00Z');
    entries = add(entries, { kind: 'consulted', consultation: { type: 'colleague', who: 'Dirk', on: '2025-10-15', identifiableDataShared: true, adviceSummary: 'Hear both.' } }, karin, '2025-10-15T09:00:00Z');
    entries = add(entries, { kind: 'conversationHeld', conversation: { with: ['parents', 'subject'], on: '2025-10-16', heldBy: [{ name: 'Karin', role: 'safeguardingLead' }], summary: 'A misunderstanding about homework.' } }, karin, '2025-10-16T10:00:00Z');
    entries = add(entries, { kind: 'assessed', answers: { q1: { answer: 'no', rationale: 'Raised voice about homework; the mother withdrew the complaint.' } } }, karin, '2025-10-16T11:00:00Z');
    entries = add(entries, { kind: 'boardConsulted', participants: ['Karin', 'Els'], summary: 'Clear Ans.' }, karin, '2025-10-16T12:00:00Z');
    const decision = { outcomes: ['closeNoSuspicion'], rationale: 'No suspicion.', followUpOn: null } as const;
    expect(() => add(entries, { kind: 'decided', decision }, karin, '2025-10-16T13:00:00Z')).toThrow('SAFEGUARDING.SUBJECT_OUTCOME_REQUIRED');
    expect(() => add(entries, { kind: 'decided', decision: { ...decision, subjectOutcome: 'cleared' } }, bea, '2025-10-16T13:00:00Z')).toThrow('SAFEGUARDING.DECISION_BY_LEAD_REQUIRED');
    entries = add(entries, { kind: 'decided', decision: { ...decision, subjectOutcome: 'cleared' } }, karin, '2025-10-16T13:00:00Z');
    const state = concernState(entries);
    expect(state.suspendsMatch).toBe(false);
    const suspended = ok(suspendMatch(saraWithAns, { reason: 'concern', concernId: 'concern-9', on: '2025-10-14', by: 'system' }, '2025-10-14'));
    expect(concernMatchActions(state, [suspended])).toEqual({ suspend: [], mayResume: ['match-1'], suspendVolunteerFromMatching: null, subjectOutcome: 'cleared' });
  });
});
