import { describe, expect, it } from 'vitest';
import { appointed, con1Holds, ok, proposal, TODAY } from './fixtures.js';
import { activateMatch } from './activation.js';
import { declineMatch, endMatch } from './closing.js';
import {
  capacityLeft,
  checkNewMatch,
  hasCapacityLeft,
  openMatchesOfVolunteer,
  previousVolunteerIds,
  proposeMatch,
  type MatchProposal,
  type NewMatchContext,
} from './propose.js';
import type { MatchRecord } from './types.js';

const input: MatchProposal = {
  id: 'match-2',
  programmeId: 'home-mentoring',
  menteeId: 'pupil-2',
  volunteerId: 'v-ans',
  proposedOn: '2025-09-20',
  source: 'suggestion',
  score: 640,
};
const empty: NewMatchContext = { matches: [], volunteerCapacity: 1, continueWithNewMentor: true };

/** A match that ran and ended: started through the court-appointment path (no steps), then completed. */
function ended(overrides: Partial<MatchRecord>): MatchRecord {
  const agreed = proposal({ agreements: { volunteer: '2025-01-02', family: '2025-01-02' }, proposedOn: '2025-01-01', ...overrides });
  const active = ok(activateMatch(agreed, con1Holds, appointed, '2025-01-10'));
  return ok(endMatch(active, { on: '2025-07-01', reason: 'completed' }, TODAY));
}

describe('capacity (DOMAIN.md §4: a mentor usually has one mentee, but may have more)', () => {
  it('capacityLeft is capacity minus open matches, never below 0', () => {
    expect(capacityLeft(1, 0)).toBe(1);
    expect(capacityLeft(2, 1)).toBe(1);
    expect(capacityLeft(1, 1)).toBe(0);
    expect(capacityLeft(1, 3)).toBe(0);
  });

  it('a proposal may be accepted only while capacity is left', () => {
    expect(hasCapacityLeft(1, 0)).toBe(true);
    expect(hasCapacityLeft(1, 1)).toBe(false);
    expect(hasCapacityLeft(3, 2)).toBe(true);
  });

  it('open matches count per volunteer and programme; declined and ended ones free the place', () => {
    const open = proposal({ id: 'a' });
    const otherProgramme = proposal({ id: 'b', programmeId: 'other' });
    const declined = ok(declineMatch(proposal({ id: 'c' }), { by: 'family', reason: 'moved away', on: '2025-09-02' }, TODAY)).match;
    expect(openMatchesOfVolunteer([open, otherProgramme, declined, ended({ id: 'd' })], 'v-ans', 'home-mentoring')).toBe(1);
  });

  it('MATCH.NO_CAPACITY: a volunteer with one place and an open match is not proposed again', () => {
    const context = { ...empty, matches: [proposal({ menteeId: 'pupil-1' })] };
    expect(proposeMatch(input, context, TODAY)).toEqual({ ok: false, code: 'MATCH.NO_CAPACITY', field: 'volunteerId' });
  });

  it('DOMAIN.md §4: a volunteer with room for two mentees may have a second open match', () => {
    const context = { ...empty, matches: [proposal({ menteeId: 'pupil-1' })], volunteerCapacity: 2 };
    expect(proposeMatch(input, context, TODAY).ok).toBe(true);
  });
});

describe('one open match at a time', () => {
  it('MATCH.ALREADY_OPEN: a pupil with an open match in the programme is not proposed another volunteer', () => {
    const context = { ...empty, matches: [proposal({ menteeId: 'pupil-2', volunteerId: 'v-bram' })] };
    expect(proposeMatch(input, context, TODAY)).toEqual({ ok: false, code: 'MATCH.ALREADY_OPEN', field: 'menteeId' });
  });

  it('MATCH.ALREADY_OPEN: the same pair cannot be proposed twice, whatever the capacity', () => {
    const context = { ...empty, matches: [proposal({ menteeId: 'pupil-2' })], volunteerCapacity: 5 };
    expect(checkNewMatch(input, context)?.code).toBe('MATCH.ALREADY_OPEN');
  });

  it('an open match in another programme, or a declined one, does not block', () => {
    const elsewhere = proposal({ menteeId: 'pupil-2', volunteerId: 'v-bram', programmeId: 'other' });
    const declined = ok(declineMatch(proposal({ menteeId: 'pupil-2' }), { by: 'volunteer', reason: 'no time after all', on: '2025-09-03' }, TODAY)).match;
    expect(checkNewMatch(input, { ...empty, matches: [elsewhere, declined] })).toBeNull();
  });
});

describe("Parent'R'US 3.1: a continuing mentee gets a new mentor", () => {
  it('previousVolunteerIds lists the volunteers of the mentee\'s matches that ran, each once', () => {
    const matches = [
      ended({ id: 'a', menteeId: 'pupil-2', volunteerId: 'v-ans' }),
      ended({ id: 'b', menteeId: 'pupil-2', volunteerId: 'v-ans' }),
      ended({ id: 'c', menteeId: 'pupil-2', volunteerId: 'v-bram' }),
      ended({ id: 'd', menteeId: 'pupil-3', volunteerId: 'v-cor' }),
      proposal({ id: 'e', menteeId: 'pupil-2', volunteerId: 'v-dirk' }),
    ];
    expect(previousVolunteerIds(matches, 'pupil-2')).toEqual(['v-ans', 'v-bram']);
  });

  it('a match declined during the getting-to-know period counts; a proposal declined before the start does not', () => {
    const active = ok(activateMatch(proposal({ agreements: { volunteer: '2025-09-01', family: '2025-09-01' } }), con1Holds, { ...appointed, gettingToKnowWeeks: 6 }, '2025-09-05'));
    const notConfirmed = ok(declineMatch(active, { by: 'coordinator', reason: 'no click', on: '2025-09-20' }, TODAY)).match;
    const neverStarted = ok(declineMatch(proposal({ volunteerId: 'v-bram' }), { by: 'family', reason: 'prefers a woman', on: '2025-09-02' }, TODAY)).match;
    expect(previousVolunteerIds([notConfirmed, neverStarted], 'pupil-1')).toEqual(['v-ans']);
  });

  it('MATCH.SAME_VOLUNTEER_AGAIN: an ended match\'s volunteer is not matched with the same mentee again', () => {
    const context = { ...empty, matches: [ended({ menteeId: 'pupil-2' })] };
    expect(proposeMatch(input, context, TODAY)).toEqual({ ok: false, code: 'MATCH.SAME_VOLUNTEER_AGAIN', field: 'volunteerId' });
    expect(proposeMatch({ ...input, volunteerId: 'v-bram' }, context, TODAY).ok).toBe(true);
  });

  it('a programme that lets a mentee go on with the same mentor (continueWithNewMentor off) allows it', () => {
    const context = { ...empty, matches: [ended({ menteeId: 'pupil-2' })], continueWithNewMentor: false };
    expect(proposeMatch(input, context, TODAY).ok).toBe(true);
  });
});

describe('proposeMatch', () => {
  it('creates a proposed match with its source and score, nothing else recorded', () => {
    expect(proposeMatch(input, empty, TODAY)).toEqual({
      ok: true,
      value: { ...input, agreements: {}, signatures: [] },
    });
  });

  it('MATCH.MANUAL_REASON_REQUIRED: a manual match outside the suggestions needs a reason', () => {
    const manual = { ...input, source: 'manual' as const, score: undefined };
    expect(proposeMatch(manual, empty, TODAY)).toEqual({ ok: false, code: 'MATCH.MANUAL_REASON_REQUIRED', field: 'manualReason' });
    expect(proposeMatch({ ...manual, manualReason: '   ' }, empty, TODAY).ok).toBe(false);
    const value = ok(proposeMatch({ ...manual, manualReason: ' knows the family from church ' }, empty, TODAY));
    expect(value.manualReason).toBe('knows the family from church');
  });

  it('a reason given with a suggestion is not kept', () => {
    expect(ok(proposeMatch({ ...input, manualReason: 'why not' }, empty, TODAY))).not.toHaveProperty('manualReason');
  });

  it('MATCH.DATE_IN_FUTURE and MATCH.DATE_INVALID on proposedOn', () => {
    expect(proposeMatch({ ...input, proposedOn: '2025-10-02' }, empty, TODAY)).toEqual({ ok: false, code: 'MATCH.DATE_IN_FUTURE', field: 'proposedOn' });
    expect(proposeMatch({ ...input, proposedOn: '2025-02-30' }, empty, TODAY)).toEqual({ ok: false, code: 'MATCH.DATE_INVALID', field: 'proposedOn' });
  });
});
