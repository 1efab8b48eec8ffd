// One way to fail (README "Install"): every malformed input the package was found to accept or to
// answer with garbage now throws the one documented error, DomainInputError (a RangeError), with
// the field at fault. Business rules keep answering with typed refusals.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, compareDates, isoWeekdayOf } from './calendar/index.js';
import { DomainInputError } from './input.js';
import { matchLifecycleSettingsFor, proposeMatch, recordIntroduction } from './match/index.js';
import { assessPair, DEFAULT_MATCHING_SETTINGS, MAX_MATCHING_WEIGHT, proposeBatch, stableMatching, suggestVolunteers } from './matching/index.js';
import { mentee, only, volunteer } from './matching/test-fixtures.js';
import { defaultScreeningPolicy } from './programme/index.js';
import { assessScreening } from './screening/index.js';

/** Runs `act` and returns the DomainInputError it throws (failing the test when it throws nothing else). */
function refusal(act: () => unknown): DomainInputError {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainInputError);
    expect(error).toBeInstanceOf(RangeError);
    return error as DomainInputError;
  }
  throw new Error('expected a DomainInputError, nothing was thrown');
}

describe('calendar: a wrong date or count never turns into another date', () => {
  it("addDays('2025-01-01', NaN) is refused instead of answering '0NaN-NaN-NaN'", () => {
    expect(refusal(() => addDays('2025-01-01', Number.NaN)).field).toBe('days');
    expect(refusal(() => addDays('2025-01-01', 1.5)).field).toBe('days');
    expect(refusal(() => addMonths('2025-01-31', Number.POSITIVE_INFINITY)).field).toBe('months');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it("compareDates('2025-1-5', '2025-01-10') is refused instead of saying 5 January is later", () => {
    const error = refusal(() => compareDates('2025-1-5', '2025-01-10'));
    expect(error.field).toBe('a');
    expect(error.message).toBe('a must be an ISO date YYYY-MM-DD; got "2025-1-5"');
    expect(refusal(() => compareDates('2025-01-10', '2025-02-30')).field).toBe('b');
    expect(compareDates('2025-01-05', '2025-01-10')).toBe(-1);
  });

  it('ageOn and isoWeekdayOf name the parameter at fault', () => {
    expect(refusal(() => ageOn('2010-05-15', 'tomorrow')).field).toBe('today');
    expect(refusal(() => ageOn('15-05-2010', '2025-01-01')).field).toBe('birthDate');
    expect(refusal(() => isoWeekdayOf('')).field).toBe('date');
  });
});

describe("screening and the match lifecycle refuse a 'today' that is not a date", () => {
  it("assessScreening with today = '2025-13-45' is refused instead of answering normally", () => {
    const record = { referenceChecks: [], vog: {} };
    expect(refusal(() => assessScreening(record, defaultScreeningPolicy('schoolsCool'), '2025-13-45')).field).toBe('today');
  });

  it("proposeMatch with today = 'bogus' is refused instead of succeeding", () => {
    const proposal = { id: 'm-1', programmeId: 'p', menteeId: 'pupil-1', volunteerId: 'v-1', proposedOn: '2025-09-01', source: 'batch' } as const;
    const context = { matches: [], volunteerCapacity: 1, continueWithNewMentor: false };
    expect(refusal(() => proposeMatch(proposal, context, 'bogus')).field).toBe('today');
    const proposed = proposeMatch(proposal, context, '2025-09-01');
    expect(proposed.ok).toBe(true);
    // A step's own date is the user's entry: still a typed refusal, not an exception.
    if (!proposed.ok) return;
    const introduction = { heldOn: '2025-02-30', attendees: ['volunteer'], organisationRepresentative: 'Ans' } as const;
    expect(recordIntroduction(proposed.value, introduction as never, matchLifecycleSettingsFor('schoolsCool'), '2025-09-05')).toMatchObject({ ok: false, code: 'MATCH.DATE_INVALID' });
    expect(refusal(() => recordIntroduction(proposed.value, introduction as never, matchLifecycleSettingsFor('schoolsCool'), 'soon')).field).toBe('today');
  });
});

describe('matching refuses numbers it cannot compute with', () => {
  it('assessPair with a NaN weight is refused instead of ok: true, score: NaN', () => {
    const error = refusal(() => assessPair(volunteer(), mentee(), only({ distance: Number.NaN }), '2025-06-01'));
    expect(error.field).toBe('settings.weights.distance');
    expect(refusal(() => assessPair(volunteer(), mentee(), only({ needs: -1 }), '2025-06-01')).field).toBe('settings.weights.needs');
    expect(refusal(() => assessPair(volunteer(), mentee(), DEFAULT_MATCHING_SETTINGS, '2025-6-1')).field).toBe('today');
    expect(refusal(() => assessPair(volunteer(), mentee({ waitingSince: 'last year' }), DEFAULT_MATCHING_SETTINGS, '2025-06-01')).field).toBe('mentees[0].waitingSince');
  });

  it('proposeBatch with a duplicated mentee is refused instead of matching the mentee twice', () => {
    const twice = [mentee({ id: 'sara' }), mentee({ id: 'sara' })];
    const error = refusal(() => proposeBatch([volunteer({ capacity: 2 })], twice, only({ distance: 1 }), '2025-06-01'));
    expect(error.field).toBe('mentees');
    expect(error.message).toContain('id sara twice');
    expect(refusal(() => proposeBatch([volunteer(), volunteer()], [mentee()], only({ distance: 1 }), '2025-06-01')).field).toBe('volunteers');
  });

  it(`proposeBatch with a weight of 1e8 is refused instead of overflowing silently (weights are 0…${MAX_MATCHING_WEIGHT})`, () => {
    expect(refusal(() => proposeBatch([volunteer()], [mentee()], only({ distance: 1e8 }), '2025-06-01')).field).toBe('settings.weights.distance');
    const atMost = proposeBatch([volunteer()], [mentee()], only({ distance: MAX_MATCHING_WEIGHT }), '2025-06-01');
    expect(atMost.matches).toHaveLength(1);
    expect(atMost.totalScore).toBe(100 * MAX_MATCHING_WEIGHT);
  });

  it('a capacity or setting that is not a whole number in range is refused', () => {
    expect(refusal(() => suggestVolunteers(mentee(), [volunteer({ capacity: Number.NaN })], DEFAULT_MATCHING_SETTINGS, '2025-06-01')).field).toBe('volunteers[0].capacity');
    expect(refusal(() => proposeBatch([volunteer({ activeMatches: -1 })], [mentee()], DEFAULT_MATCHING_SETTINGS, '2025-06-01')).field).toBe('volunteers[0].activeMatches');
    expect(refusal(() => proposeBatch([], [], { ...DEFAULT_MATCHING_SETTINGS, slotsPerWeek: 1.5 }, '2025-06-01')).field).toBe('settings.slotsPerWeek');
    expect(refusal(() => proposeBatch([], [], { ...DEFAULT_MATCHING_SETTINGS, maxDistanceKm: -3 }, '2025-06-01')).field).toBe('settings.maxDistanceKm');
  });

  it('stableMatching with a NaN capacity is refused instead of throwing a TypeError', () => {
    const error = refusal(() => stableMatching([{ id: 'v', capacity: Number.NaN, ranking: ['m'] }], [{ id: 'm', ranking: ['v'] }]));
    expect(error.field).toBe('volunteers[0].capacity');
    expect(refusal(() => stableMatching([{ id: 'v', capacity: 1, ranking: [] }], [{ id: 'm', ranking: [] }, { id: 'm', ranking: [] }])).field).toBe('mentees');
    expect(stableMatching([{ id: 'v', capacity: 1, ranking: ['m'] }], [{ id: 'm', ranking: ['v'] }]).matches).toHaveLength(1);
  });
});
