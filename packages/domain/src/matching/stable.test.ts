import { describe, expect, it } from 'vitest';
import { mulberry32 } from './generate.js';
import { stableMatching, type RankingMentee, type RankingVolunteer } from './stable.js';

function randomPreferences(seed: number, nV: number, nM: number): [RankingVolunteer[], RankingMentee[]] {
  const rnd = mulberry32(seed);
  const shuffle = (xs: string[]) => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    return xs.filter(() => rnd() < 0.8);
  };
  const vIds = Array.from({ length: nV }, (_, i) => `v${i}`);
  const mIds = Array.from({ length: nM }, (_, i) => `m${i}`);
  return [
    vIds.map((id) => ({ id, capacity: 1 + Math.floor(rnd() * 2), ranking: shuffle([...mIds]) })),
    mIds.map((id) => ({ id, ranking: shuffle([...vIds]) })),
  ];
}

type Assignment = Map<string, string>; // mentee → volunteer

function acceptable(vs: RankingVolunteer[], ms: RankingMentee[], v: string, m: string): boolean {
  return vs.find((x) => x.id === v)!.ranking.includes(m) && ms.find((x) => x.id === m)!.ranking.includes(v);
}

/** A blocking pair: both ranked each other, the mentee prefers v, and v has room or prefers m to one it holds. */
function blockingPairs(vs: RankingVolunteer[], ms: RankingMentee[], a: Assignment): string[] {
  const out: string[] = [];
  for (const m of ms) {
    for (const v of vs) {
      if (a.get(m.id) === v.id || !acceptable(vs, ms, v.id, m.id)) continue;
      const current = a.get(m.id);
      const menteePrefers = current === undefined || m.ranking.indexOf(v.id) < m.ranking.indexOf(current);
      if (!menteePrefers) continue;
      const held = [...a].filter(([, x]) => x === v.id).map(([mm]) => mm);
      const volunteerPrefers = held.length < v.capacity || held.some((h) => v.ranking.indexOf(m.id) < v.ranking.indexOf(h));
      if (volunteerPrefers) out.push(`${v.id}-${m.id}`);
    }
  }
  return out;
}

/** Every stable assignment, by enumeration. */
function allStable(vs: RankingVolunteer[], ms: RankingMentee[]): Assignment[] {
  const out: Assignment[] = [];
  const a: Assignment = new Map();
  const go = (j: number) => {
    if (j === ms.length) {
      if (blockingPairs(vs, ms, a).length === 0) out.push(new Map(a));
      return;
    }
    go(j + 1);
    for (const v of vs) {
      if (!acceptable(vs, ms, v.id, ms[j]!.id)) continue;
      if ([...a.values()].filter((x) => x === v.id).length >= v.capacity) continue;
      a.set(ms[j]!.id, v.id);
      go(j + 1);
      a.delete(ms[j]!.id);
    }
  };
  go(0);
  return out;
}

describe('stableMatching (speed meeting)', () => {
  it('stability: no blocking pair, capacities kept, only mutually ranked pairs (200 random instances)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const [vs, ms] = randomPreferences(seed, 2 + (seed % 5), 3 + (seed % 7));
      const result = stableMatching(vs, ms);
      const a: Assignment = new Map(result.matches.map((p) => [p.menteeId, p.volunteerId]));
      expect(blockingPairs(vs, ms, a), `seed ${seed}`).toEqual([]);
      for (const v of vs) expect(result.matches.filter((p) => p.volunteerId === v.id).length).toBeLessThanOrEqual(v.capacity);
      for (const p of result.matches) expect(acceptable(vs, ms, p.volunteerId, p.menteeId)).toBe(true);
      expect(result.matches.length + result.unmatchedMentees.length).toBe(ms.length);
    }
  });

  it('mentee-optimal: every mentee gets the best volunteer it has in any stable assignment (small cases)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const [vs, ms] = randomPreferences(1000 + seed, 3, 4);
      const result = stableMatching(vs, ms);
      const stable = allStable(vs, ms);
      expect(stable.length).toBeGreaterThan(0);
      for (const m of ms) {
        const got = result.matches.find((p) => p.menteeId === m.id)?.volunteerId;
        const rankOf = (v: string | undefined) => (v === undefined ? Infinity : m.ranking.indexOf(v));
        const best = Math.min(...stable.map((s) => rankOf(s.get(m.id))));
        expect(rankOf(got), `seed ${seed} ${m.id}`).toBe(best);
      }
    }
  });

  it('reports who got their first choice; an unranked pair is unacceptable', () => {
    const result = stableMatching(
      [
        { id: 'anna', capacity: 1, ranking: ['fam-b', 'fam-a'] },
        { id: 'bert', capacity: 2, ranking: ['fam-a', 'fam-c'] },
      ],
      [
        { id: 'fam-a', ranking: ['anna', 'bert'] },
        { id: 'fam-b', ranking: ['anna'] },
        { id: 'fam-c', ranking: ['anna'] },
      ],
    );
    expect(result.matches).toEqual([
      { volunteerId: 'anna', menteeId: 'fam-b', menteeRank: 0, volunteerRank: 0 },
      { volunteerId: 'bert', menteeId: 'fam-a', menteeRank: 1, volunteerRank: 0 },
    ]);
    expect(result.unmatchedMentees).toEqual(['fam-c']);
    expect(result.menteesWithFirstChoice).toEqual(['fam-b']);
    expect(result.volunteersWithFirstChoice).toEqual(['anna', 'bert']);
  });

  it('determinism: the same rankings in another order give the same matching', () => {
    const [vs, ms] = randomPreferences(77, 6, 9);
    expect(stableMatching([...vs].reverse(), [...ms].reverse())).toEqual(stableMatching(vs, ms));
  });
});
