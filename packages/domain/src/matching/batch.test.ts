import { describe, expect, it } from 'vitest';
import { buildPairGraph, maxPairScore, proposeBatch } from './batch.js';
import { generateInstance, mulberry32 } from './generate.js';
import { assessPair, compile, pairExclusions, pairKm } from './pair.js';
import { mentee, north, only, volunteer } from './test-fixtures.js';
import { DEFAULT_MATCHING_SETTINGS } from './types.js';

const A = { lat: 52.0, lon: 5.0 };

describe('proposeBatch', () => {
  it('lexicographic objective vs maxScore: a crafted instance where they differ', () => {
    // X sits on volunteer a; b is 9 km from X; Y is 9.5 km from a and out of b's reach.
    // maxScore: X–a (100 points), Y waits. Lexicographic: X–b (10) and Y–a (5): both placed.
    const volunteers = [volunteer({ id: 'a', location: A }), volunteer({ id: 'b', location: north(A, 9) })];
    const mentees = [mentee({ id: 'X', location: A }), mentee({ id: 'Y', location: north(A, -9.5) })];
    const settings = only({ distance: 1 });
    const lex = proposeBatch(volunteers, mentees, settings, '2025-06-01');
    const max = proposeBatch(volunteers, mentees, settings, '2025-06-01', { objective: 'maxScore' });
    expect(lex.matches.map((m) => [m.menteeId, m.volunteerId, m.score])).toEqual([['X', 'b', 10], ['Y', 'a', 5]]);
    expect(lex.totalScore).toBe(15);
    expect(max.matches.map((m) => [m.menteeId, m.volunteerId, m.score])).toEqual([['X', 'a', 100]]);
    expect(max.unmatched).toEqual([{ menteeId: 'Y', reason: 'MATCHING.VOLUNTEERS_TAKEN', eligibleVolunteers: 1 }]);
  });

  it('DOMAIN §4 score scale: a pair earns at most 100 × the sum of the weights (1300 by default)', () => {
    expect(maxPairScore(DEFAULT_MATCHING_SETTINGS)).toBe(1300);
    expect(maxPairScore(only({ distance: 1 }))).toBe(100);
    const proposal = proposeBatch([volunteer({ id: 'a' })], [mentee({ id: 'X' })], only({ distance: 2, language: 1 }), '2025-06-01');
    expect(proposal.maxPairScore).toBe(300);
    expect(proposal.matches[0]!.score).toBeLessThanOrEqual(proposal.maxPairScore);
  });

  it('DOMAIN §4 trade-off: a mentee whose best volunteer went to another is told to whom and why (lexicographic: the other has no alternative)', () => {
    const volunteers = [volunteer({ id: 'a', location: A }), volunteer({ id: 'b', location: north(A, 9) })];
    const mentees = [mentee({ id: 'X', location: A }), mentee({ id: 'Y', location: north(A, -9.5) })];
    const lex = proposeBatch(volunteers, mentees, only({ distance: 1 }), '2025-06-01');
    // X scores 100 with a, gets b (10): a went to Y (5), who cannot reach b.
    expect(lex.tradeOffs).toEqual([
      { menteeId: 'X', volunteerId: 'b', score: 10, bestVolunteerId: 'a', bestScore: 100, givenToMenteeId: 'Y', givenToScore: 5, reason: 'otherHasNoAlternative', swapLoss: null },
    ]);
    const max = proposeBatch(volunteers, mentees, only({ distance: 1 }), '2025-06-01', { objective: 'maxScore' });
    expect(max.tradeOffs).toEqual([]);
  });

  it('DOMAIN §4 trade-off: when the two could swap, the explanation gives the points the total would lose', () => {
    // Both reach both. X shares Dutch with both: a 200, b 170. Y speaks only Arabic at home, as a
    // does: a 200, b 70. X–a + Y–b = 270 < X–b + Y–a = 370: X gets b; a swap would lose 100 points.
    const volunteers = [volunteer({ id: 'a', location: A, languages: ['nl', 'ar'] }), volunteer({ id: 'b', location: north(A, 3) })];
    const mentees = [mentee({ id: 'X', location: A }), mentee({ id: 'Y', location: A, homeLanguages: ['ar'] })];
    const proposal = proposeBatch(volunteers, mentees, only({ distance: 1, language: 1 }), '2025-06-01');
    expect(proposal.matches.map((m) => [m.menteeId, m.volunteerId, m.score])).toEqual([['X', 'b', 170], ['Y', 'a', 200]]);
    expect(proposal.tradeOffs).toEqual([
      { menteeId: 'X', volunteerId: 'b', score: 170, bestVolunteerId: 'a', bestScore: 200, givenToMenteeId: 'Y', givenToScore: 200, reason: 'swapLowersTotal', swapLoss: 100 },
    ]);
  });

  it('waiting: among equal choices the longest-waiting mentee is placed', () => {
    const volunteers = [volunteer({ id: 'a' })];
    const mentees = [mentee({ id: 'new', waitingSince: '2025-05-01' }), mentee({ id: 'old', waitingSince: '2024-09-01' })];
    const proposal = proposeBatch(volunteers, mentees, only({ distance: 1, waiting: 1 }), '2025-06-01');
    expect(proposal.matches.map((m) => m.menteeId)).toEqual(['old']);
  });

  it('unmatched mentees carry the reason: not ready, no eligible volunteer, volunteers taken', () => {
    const proposal = proposeBatch(
      [volunteer({ id: 'a', capacity: 1 })],
      [mentee({ id: 'm1' }), mentee({ id: 'm2' }), mentee({ id: 'm3', readyToMatch: false }), mentee({ id: 'm4', genderPreference: 'male' })],
      only({ distance: 1 }),
      '2025-06-01',
    );
    expect(proposal.matches).toHaveLength(1);
    expect(proposal.unmatched.map((u) => [u.menteeId, u.reason])).toEqual([
      ['m2', 'MATCHING.VOLUNTEERS_TAKEN'],
      ['m3', 'MATCHING.MENTEE_NOT_READY'],
      ['m4', 'MATCHING.NO_ELIGIBLE_VOLUNTEER'],
    ]);
  });

  it('capacity: a volunteer with capacity 2 and one running match takes one more', () => {
    const proposal = proposeBatch([volunteer({ id: 'a', capacity: 2, activeMatches: 1 })], [mentee({ id: 'm1' }), mentee({ id: 'm2' })], only({}), '2025-06-01');
    expect(proposal.matches).toHaveLength(1);
  });

  it('never breaks a hard constraint and never exceeds capacity (generated national-style region)', () => {
    const instance = generateInstance('region', 7);
    for (const objective of ['lexicographic', 'maxScore'] as const) {
      const proposal = proposeBatch(instance.volunteers, instance.mentees, instance.settings, instance.today, { objective });
      const byId = new Map(instance.volunteers.map((v) => [v.id, v]));
      const menteeById = new Map(instance.mentees.map((m) => [m.id, m]));
      const load = new Map<string, number>();
      for (const match of proposal.matches) {
        const a = assessPair(byId.get(match.volunteerId)!, menteeById.get(match.menteeId)!, instance.settings, instance.today);
        expect(a.ok).toBe(true);
        expect(a.ok && a.score).toBe(match.score);
        expect(a.ok && a.parts).toEqual(match.parts);
        load.set(match.volunteerId, (load.get(match.volunteerId) ?? 0) + 1);
      }
      for (const [id, n] of load) expect(n).toBeLessThanOrEqual(byId.get(id)!.capacity - (byId.get(id)!.activeMatches ?? 0));
      expect(proposal.matches.length + proposal.unmatched.length).toBe(instance.mentees.length);
      expect(proposal.totalScore).toBe(proposal.matches.reduce((s, m) => s + m.score, 0));
    }
  });

  it('the spatial grid finds exactly the feasible pairs that testing every pair finds', () => {
    for (const seed of [1, 2]) {
      const instance = generateInstance('region', seed);
      const c = compile(instance.volunteers, instance.mentees, instance.settings, instance.today);
      const graph = buildPairGraph(c);
      for (let m = 0; m < c.mentees.length; m++) {
        const expected: number[] = [];
        for (let v = 0; v < c.volunteers.length; v++) if (pairExclusions(c, v, m, pairKm(c, v, m)).length === 0) expected.push(v);
        const found = Array.from(graph.col.subarray(graph.rowStart[m]!, graph.rowStart[m + 1]!)).sort((a, b) => a - b);
        expect(found).toEqual(expected);
      }
    }
  });

  it('determinism: the same input gives the same proposal, in any input order', () => {
    const instance = generateInstance('region', 11);
    const rnd = mulberry32(5);
    const shuffle = <T>(xs: readonly T[]): T[] => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    };
    const first = proposeBatch(instance.volunteers, instance.mentees, instance.settings, instance.today);
    expect(proposeBatch(instance.volunteers, instance.mentees, instance.settings, instance.today)).toEqual(first);
    expect(proposeBatch(shuffle(instance.volunteers), shuffle(instance.mentees), instance.settings, instance.today)).toEqual(first);
  });

  it('lexicographic places at least as many mentees as maxScore, maxScore scores at least as high (national)', () => {
    const instance = generateInstance('national', 1);
    const lex = proposeBatch(instance.volunteers, instance.mentees, instance.settings, instance.today);
    const max = proposeBatch(instance.volunteers, instance.mentees, instance.settings, instance.today, { objective: 'maxScore' });
    expect(lex.matches.length).toBeGreaterThan(max.matches.length);
    expect(max.totalScore).toBeGreaterThan(lex.totalScore);
  });
});

describe('the README example', () => {
  it('holds', () => {
    const ans = {
      id: 'v-ans', organisationId: 'org', programmeId: 'home-mentoring', readyToMatch: true, capacity: 1,
      location: { lat: 51.9851, lon: 5.8987 }, availability: [{ day: 'tuesday', part: 'evening' }],
      languages: ['nl', 'ar'], gender: 'female', skills: ['math'],
    } as const;
    const sara = {
      id: 'm-sara', organisationId: 'org', programmeId: 'home-mentoring', readyToMatch: true,
      location: { lat: 51.9662, lon: 5.9103 },
      availability: [{ day: 'tuesday', part: 'evening' }, { day: 'friday', part: 'afternoon' }],
      homeLanguages: ['ar', 'nl'], languagesNeeded: ['ar'], waitingSince: '2025-03-01', needs: ['math', 'reading'],
    } as const;
    expect(assessPair(ans, sara, DEFAULT_MATCHING_SETTINGS, '2025-06-01')).toEqual({
      ok: true, volunteerId: 'v-ans', menteeId: 'm-sara', score: 675, parts: [
        { part: 'distance', points: 233, km: 2.2 },
        { part: 'language', points: 200, language: 'ar' },
        { part: 'needs', points: 150, met: ['math'], of: 2 },
        { part: 'availability', points: 67, slots: [{ day: 'tuesday', part: 'evening' }] },
        { part: 'waiting', points: 25, days: 92 },
      ],
    });
    expect(assessPair({ ...ans, languages: ['nl'] }, sara, DEFAULT_MATCHING_SETTINGS, '2025-06-01')).toMatchObject({
      ok: false, exclusions: [{ code: 'MATCHING.LANGUAGE_NOT_SPOKEN', languages: ['ar'] }],
    });
    const tim = { ...sara, id: 'm-tim', homeLanguages: ['nl'], languagesNeeded: [] } as const;
    const proposal = proposeBatch([ans], [sara, tim], DEFAULT_MATCHING_SETTINGS, '2025-06-01');
    expect(proposal.matches.map((m) => [m.volunteerId, m.menteeId, m.score])).toEqual([['v-ans', 'm-sara', 675]]);
    expect(proposal.unmatched).toEqual([{ menteeId: 'm-tim', reason: 'MATCHING.VOLUNTEERS_TAKEN', eligibleVolunteers: 1 }]);
  });
});

describe('edge cases', () => {
  it('empty batches, and a location that is not a number is an unknown location (MATCHING.LOCATION_UNKNOWN, not 0 km)', () => {
    expect(proposeBatch([], [], only({}), '2025-06-01')).toMatchObject({ matches: [], unmatched: [], totalScore: 0 });
    expect(proposeBatch([volunteer()], [], only({}), '2025-06-01').matches).toEqual([]);
    const lost = { lat: Number.NaN, lon: 5 };
    const proposal = proposeBatch([volunteer({ id: 'a', location: lost }), volunteer({ id: 'b' })], [mentee({ id: 'x' }), mentee({ id: 'y', location: lost })], only({}), '2025-06-01');
    expect(proposal.matches.map((m) => [m.volunteerId, m.menteeId])).toEqual([['b', 'x']]);
    expect(proposal.unmatched).toEqual([{ menteeId: 'y', reason: 'MATCHING.NO_ELIGIBLE_VOLUNTEER', eligibleVolunteers: 0 }]);
    const a = assessPair(volunteer({ location: lost }), mentee(), only({}), '2025-06-01');
    expect(!a.ok && a.exclusions.map((e) => e.code)).toEqual(['MATCHING.LOCATION_UNKNOWN']);
  });

  it('MATCHING.LOCATION_UNKNOWN: without locations a batch under a distance limit pairs no one; without a limit it pairs them with no distance points', () => {
    const nowhere = { location: null };
    const limited = proposeBatch([volunteer({ id: 'a', ...nowhere })], [mentee({ id: 'x', ...nowhere })], only({ distance: 3 }), '2025-06-01');
    expect(limited.matches).toEqual([]);
    const online = proposeBatch([volunteer({ id: 'a', ...nowhere })], [mentee({ id: 'x', ...nowhere })], only({ distance: 3 }, { maxDistanceKm: null }), '2025-06-01');
    expect(online.matches).toEqual([{ volunteerId: 'a', menteeId: 'x', score: 0, parts: [{ part: 'distance', points: 0, km: null }] }]);
  });

  it('a volunteer far north (Tromsø) still finds a mentee across a grid cell boundary', () => {
    const tromso = { lat: 69.65, lon: 18.96 };
    const proposal = proposeBatch([volunteer({ location: tromso })], [mentee({ location: { lat: 69.65, lon: 19.2 } })], only({ distance: 1 }), '2025-06-01');
    expect(proposal.matches).toHaveLength(1);
  });
});

describe('spatial grid at high latitude', () => {
  it('finds exactly the pairs within the limit that testing every pair finds (random points near 70° N)', () => {
    const rnd = mulberry32(70);
    const around = () => ({ lat: 69.5 + rnd() * 0.3, lon: 18.5 + rnd() * 1.0 });
    const volunteers = Array.from({ length: 80 }, (_, i) => volunteer({ id: `v${String(i).padStart(2, '0')}`, location: around() }));
    const mentees = Array.from({ length: 80 }, (_, i) => mentee({ id: `m${String(i).padStart(2, '0')}`, location: around() }));
    const c = compile(volunteers, mentees, only({ distance: 1 }, { maxDistanceKm: 6 }), '2025-06-01');
    const graph = buildPairGraph(c);
    let pairs = 0;
    for (let m = 0; m < mentees.length; m++) {
      const expected: number[] = [];
      for (let v = 0; v < volunteers.length; v++) if (pairExclusions(c, v, m, pairKm(c, v, m)).length === 0) expected.push(v);
      pairs += expected.length;
      expect(Array.from(graph.col.subarray(graph.rowStart[m]!, graph.rowStart[m + 1]!)).sort((a, b) => a - b)).toEqual(expected);
    }
    expect(pairs).toBeGreaterThan(100);
  });
});
