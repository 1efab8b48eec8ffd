import { describe, expect, it } from 'vitest';
import { generateInstance } from './generate.js';
import { distanceKm, haversineKm } from './geo.js';
import { assessPair, compile, pairExclusions, pairFeasible, pairKm, pairParts, pairScore } from './pair.js';
import { ARNHEM, mentee, north, only, volunteer } from './test-fixtures.js';
import { DEFAULT_MATCHING_SETTINGS as SETTINGS } from './types.js';

const TODAY = '2025-06-01';

function exclusions(v = volunteer(), m = mentee(), settings = SETTINGS) {
  const a = assessPair(v, m, settings, TODAY);
  return a.ok ? [] : a.exclusions;
}

function parts(v = volunteer(), m = mentee(), settings = SETTINGS) {
  const a = assessPair(v, m, settings, TODAY);
  if (!a.ok) throw new Error(JSON.stringify(a.exclusions));
  return a.parts;
}

describe('distance (haversine)', () => {
  it('Amsterdam–Rotterdam is about 57 km; the compiled distance is the haversine distance', () => {
    const amsterdam = { lat: 52.3676, lon: 4.9041 };
    const rotterdam = { lat: 51.9244, lon: 4.4777 };
    expect(distanceKm(amsterdam, rotterdam)).toBeCloseTo(57.1, 0);
    const c = compile([volunteer({ location: amsterdam })], [mentee({ location: rotterdam })], SETTINGS, TODAY);
    const deg = Math.PI / 180;
    expect(pairKm(c, 0, 0)).toBeCloseTo(haversineKm(amsterdam.lat * deg, amsterdam.lon * deg, rotterdam.lat * deg, rotterdam.lon * deg), 9);
    expect(distanceKm(ARNHEM, north(ARNHEM, 2.1))).toBeCloseTo(2.1, 3);
  });
});

describe('hard constraints', () => {
  it('a ready pair in reach is eligible', () => {
    expect(exclusions()).toEqual([]);
  });
  it('MATCHING.VOLUNTEER_NOT_READY: screening not cleared', () => {
    expect(exclusions(volunteer({ readyToMatch: false }))).toEqual([{ code: 'MATCHING.VOLUNTEER_NOT_READY' }]);
  });
  it('MATCHING.VOLUNTEER_NO_CAPACITY: running matches use the capacity', () => {
    expect(exclusions(volunteer({ capacity: 2, activeMatches: 2 }))).toEqual([{ code: 'MATCHING.VOLUNTEER_NO_CAPACITY' }]);
    expect(exclusions(volunteer({ capacity: 2, activeMatches: 1 }))).toEqual([]);
  });
  it('MATCHING.VOLUNTEER_SUSPENDED', () => {
    expect(exclusions(volunteer({ suspended: true }))).toEqual([{ code: 'MATCHING.VOLUNTEER_SUSPENDED' }]);
  });
  it('MATCHING.MENTEE_NOT_READY: consents missing', () => {
    expect(exclusions(undefined, mentee({ readyToMatch: false }))).toEqual([{ code: 'MATCHING.MENTEE_NOT_READY' }]);
  });
  it('MATCHING.DIFFERENT_ORGANISATION and MATCHING.DIFFERENT_PROGRAMME', () => {
    expect(exclusions(volunteer({ organisationId: 'other' }))).toEqual([{ code: 'MATCHING.DIFFERENT_ORGANISATION' }]);
    expect(exclusions(volunteer({ programmeId: 'other' }))).toEqual([{ code: 'MATCHING.DIFFERENT_PROGRAMME' }]);
  });
  it("MATCHING.TOO_FAR: over the programme's distance limit, with the distance", () => {
    expect(exclusions(volunteer({ location: north(ARNHEM, 10.5) }))).toEqual([{ code: 'MATCHING.TOO_FAR', km: 10.5, limitKm: 10 }]);
    expect(exclusions(volunteer({ location: north(ARNHEM, 9.9) }))).toEqual([]);
    expect(exclusions(volunteer({ location: north(ARNHEM, 80) }), undefined, { ...SETTINGS, maxDistanceKm: null })).toEqual([]);
  });
  it('MATCHING.LOCATION_UNKNOWN: two people without a location are not 0 km apart; under a limit they are not matched, without one the distance is unknown and earns nothing', () => {
    const nowhere = { location: null };
    expect(exclusions(volunteer(nowhere), mentee(nowhere))).toEqual([{ code: 'MATCHING.LOCATION_UNKNOWN', limitKm: 10 }]);
    expect(exclusions(volunteer(nowhere))).toEqual([{ code: 'MATCHING.LOCATION_UNKNOWN', limitKm: 10 }]);
    expect(exclusions(undefined, mentee(nowhere))).toEqual([{ code: 'MATCHING.LOCATION_UNKNOWN', limitKm: 10 }]);
    const online = only({ distance: 3 }, { maxDistanceKm: null });
    expect(parts(volunteer(nowhere), mentee(nowhere), online)).toEqual([{ part: 'distance', points: 0, km: null }]);
    expect(parts(undefined, undefined, online)).toEqual([{ part: 'distance', points: 300, km: 0 }]);
    // The fast path the batch uses agrees: infeasible under a limit, no distance points without one.
    const c = compile([volunteer(nowhere)], [mentee(nowhere)], SETTINGS, TODAY);
    expect(Number.isNaN(pairKm(c, 0, 0))).toBe(true);
    expect(pairFeasible(c, 0, 0, pairKm(c, 0, 0))).toBe(false);
    const o = compile([volunteer(nowhere)], [mentee(nowhere)], online, TODAY);
    expect(pairFeasible(o, 0, 0, pairKm(o, 0, 0))).toBe(true);
    expect(pairScore(o, 0, 0, pairKm(o, 0, 0))).toBe(0);
  });
  it("MATCHING.NO_SHARED_AVAILABILITY: fewer shared slots than the cadence needs", () => {
    expect(exclusions(volunteer({ availability: [{ day: 'monday', part: 'morning' }] }))).toEqual([
      { code: 'MATCHING.NO_SHARED_AVAILABILITY', shared: 0, needed: 1 },
    ]);
    expect(exclusions(undefined, undefined, { ...SETTINGS, slotsPerWeek: 2 })).toEqual([
      { code: 'MATCHING.NO_SHARED_AVAILABILITY', shared: 1, needed: 2 },
    ]);
  });
  it('MATCHING.LANGUAGE_NOT_SPOKEN: only when the programme makes the language required', () => {
    const family = mentee({ homeLanguages: ['ar', 'nl'], languagesNeeded: ['ar'] });
    expect(exclusions(undefined, family)).toEqual([{ code: 'MATCHING.LANGUAGE_NOT_SPOKEN', languages: ['ar'] }]);
    expect(exclusions(volunteer({ languages: ['nl', 'ar'] }), family)).toEqual([]);
    expect(exclusions(undefined, family, { ...SETTINGS, languageRequired: false })).toEqual([]);
  });
  it("MATCHING.GENDER_PREFERENCE: the family's preference is a hard constraint", () => {
    expect(exclusions(volunteer({ gender: 'male' }), mentee({ genderPreference: 'female' }))).toEqual([
      { code: 'MATCHING.GENDER_PREFERENCE', wanted: 'female' },
    ]);
    expect(exclusions(volunteer({ gender: 'female' }), mentee({ genderPreference: 'female' }))).toEqual([]);
  });
  it('MATCHING.PREVIOUS_VOLUNTEER: a continuing mentee gets a new mentor', () => {
    expect(exclusions(undefined, mentee({ previousVolunteerIds: ['v1'] }))).toEqual([{ code: 'MATCHING.PREVIOUS_VOLUNTEER' }]);
    expect(exclusions(undefined, mentee({ previousVolunteerIds: ['v2'] }))).toEqual([]);
  });
  it('lists every reason at once, in a fixed order', () => {
    const codes = exclusions(
      volunteer({ readyToMatch: false, suspended: true, gender: 'male', location: north(ARNHEM, 20), organisationId: 'x' }),
      mentee({ readyToMatch: false, genderPreference: 'female', previousVolunteerIds: ['v1'] }),
    ).map((e) => e.code);
    expect(codes).toEqual([
      'MATCHING.VOLUNTEER_NOT_READY',
      'MATCHING.VOLUNTEER_SUSPENDED',
      'MATCHING.MENTEE_NOT_READY',
      'MATCHING.DIFFERENT_ORGANISATION',
      'MATCHING.TOO_FAR',
      'MATCHING.GENDER_PREFERENCE',
      'MATCHING.PREVIOUS_VOLUNTEER',
    ]);
  });
});

describe('score parts', () => {
  it('distance: full points at 0 km, linear to none at the limit, with the km', () => {
    expect(parts(volunteer({ location: north(ARNHEM, 2.1) }), undefined, only({ distance: 1 }))).toEqual([{ part: 'distance', points: 79, km: 2.1 }]);
    expect(parts(undefined, undefined, only({ distance: 3 }))[0]).toEqual({ part: 'distance', points: 300, km: 0 });
    expect(parts(volunteer({ location: north(ARNHEM, 5) }), undefined, only({ distance: 1 }, { distanceScaleKm: 20 }))[0]!.points).toBe(75);
  });
  it("language: a shared home language, named in the family's order", () => {
    const family = mentee({ homeLanguages: ['ar', 'nl'] });
    expect(parts(volunteer({ languages: ['nl', 'ar'] }), family, only({ language: 2 }))).toContainEqual({ part: 'language', points: 200, language: 'ar' });
    expect(parts(volunteer({ languages: ['tr'] }), mentee({ homeLanguages: ['ar'] }), only({ language: 2 })).some((p) => p.part === 'language')).toBe(false);
  });
  it("needs: the share of the help request's needs met by skills or experience", () => {
    const m = mentee({ needs: ['math', 'reading', 'parenting'] });
    const v = volunteer({ skills: ['math', 'music'], experience: ['parenting'] });
    expect(parts(v, m, only({ needs: 3 }))).toContainEqual({ part: 'needs', points: 200, met: ['math', 'parenting'], of: 3 });
  });
  it('availability: shared slots, full points from the target', () => {
    const both = [
      { day: 'tuesday', part: 'evening' },
      { day: 'saturday', part: 'morning' },
    ] as const;
    const p = parts(volunteer({ availability: [...both, { day: 'monday', part: 'morning' }] }), mentee({ availability: [...both] }), only({ availability: 3 }));
    expect(p).toContainEqual({ part: 'availability', points: 200, slots: [...both] });
    expect(parts(undefined, undefined, only({ availability: 1 }, { availabilityTarget: 1 }))).toContainEqual({
      part: 'availability', points: 100, slots: [{ day: 'tuesday', part: 'evening' }],
    });
  });
  it("peer: the mentee's preference, else the programme's (Parent'R'US)", () => {
    expect(parts(volunteer({ peer: true }), mentee({ peerPreference: 'peer' }), only({ peer: 1 }))).toContainEqual({ part: 'peer', points: 100, peer: true });
    expect(parts(volunteer({ peer: false }), undefined, only({ peer: 1 }, { peerPreference: 'nonPeer' }))).toContainEqual({ part: 'peer', points: 100, peer: false });
    expect(parts(volunteer({ peer: true }), undefined, only({ peer: 1 }, { peerPreference: 'nonPeer' })).some((p) => p.part === 'peer')).toBe(false);
    expect(parts(volunteer({ peer: true }), undefined, only({ peer: 1 }, { peerPreference: 'none' })).some((p) => p.part === 'peer')).toBe(false);
  });
  it("wishes: the family's wishes met by the volunteer's traits, and the other way round", () => {
    const m = mentee({ wishes: ['sports', 'student'], traits: ['primarySchool'] });
    const v = volunteer({ traits: ['sports'], wishes: ['primarySchool'] });
    expect(parts(v, m, only({ wishes: 3 }))).toContainEqual({ part: 'wishes', points: 200, fulfilled: ['sports', 'primarySchool'], of: 3 });
  });
  it('waiting: the longest-waiting mentee scores more, full from a year', () => {
    const waited = (since: string) => parts(undefined, mentee({ waitingSince: since }), only({ waiting: 1 })).find((p) => p.part === 'waiting');
    expect(waited('2025-03-03')).toEqual({ part: 'waiting', points: 25, days: 90 });
    expect(waited('2023-01-01')).toEqual({ part: 'waiting', points: 100, days: 882 });
    expect(waited('2025-06-01')).toBeUndefined();
  });
  it('weights: a weight of 0 switches a criterion off; the score is the sum of the parts', () => {
    const a = assessPair(volunteer({ location: north(ARNHEM, 3) }), mentee({ waitingSince: '2025-01-01' }), SETTINGS, TODAY);
    expect(a.ok && a.score).toBe(a.ok && a.parts.reduce((s, p) => s + p.points, 0));
    const none = assessPair(volunteer(), mentee(), only({}), TODAY);
    expect(none.ok && none.score).toBe(0);
  });
  it('the fast path agrees with the explained path on generated pairs (feasibility and score)', () => {
    const instance = generateInstance('region', 3);
    const c = compile(instance.volunteers, instance.mentees, instance.settings, instance.today);
    let eligible = 0;
    for (let v = 0; v < 200; v += 3) {
      for (let m = 0; m < 300; m += 2) {
        const km = pairKm(c, v, m);
        const feasible = pairFeasible(c, v, m, km);
        expect(feasible).toBe(pairExclusions(c, v, m, km).length === 0);
        if (feasible) {
          eligible++;
          expect(pairScore(c, v, m, km)).toBe(pairParts(c, v, m, km).reduce((s, p) => s + p.points, 0));
        }
      }
    }
    expect(eligible).toBeGreaterThan(100);
  });
});
