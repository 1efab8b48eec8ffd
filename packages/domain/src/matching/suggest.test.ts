import { describe, expect, it } from 'vitest';
import { generateInstance } from './generate.js';
import { assessPair } from './pair.js';
import { suggestMentees, suggestVolunteers } from './suggest.js';
import { ARNHEM, mentee, north, only, volunteer } from './test-fixtures.js';
import type { PairScore } from './types.js';

const byScoreThenId = (key: 'volunteerId' | 'menteeId') => (a: PairScore, b: PairScore) =>
  b.score - a.score || (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0);

describe('suggestions', () => {
  it('the best k volunteers for one mentee equal ranking every eligible pair', () => {
    const instance = generateInstance('region', 4);
    for (const m of instance.mentees.slice(0, 20)) {
      const all = instance.volunteers
        .map((v) => assessPair(v, m, instance.settings, instance.today))
        .filter((a) => a.ok)
        .map(({ ok: _ok, ...pair }) => pair as PairScore)
        .sort(byScoreThenId('volunteerId'));
      expect(suggestVolunteers(m, instance.volunteers, instance.settings, instance.today, 5)).toEqual(all.slice(0, 5));
    }
  });

  it('the best k mentees for one volunteer equal ranking every eligible pair', () => {
    const instance = generateInstance('region', 5);
    for (const v of instance.volunteers.slice(0, 20)) {
      const all = instance.mentees
        .map((m) => assessPair(v, m, instance.settings, instance.today))
        .filter((a) => a.ok)
        .map(({ ok: _ok, ...pair }) => pair as PairScore)
        .sort(byScoreThenId('menteeId'));
      expect(suggestMentees(v, instance.mentees, instance.settings, instance.today, 3)).toEqual(all.slice(0, 3));
    }
  });

  it('deterministic tie-breaking by id; excluded volunteers never appear', () => {
    const volunteers = [
      volunteer({ id: 'c' }),
      volunteer({ id: 'a' }),
      volunteer({ id: 'b' }),
      volunteer({ id: 'near', location: north(ARNHEM, 0) , suspended: true }),
      volunteer({ id: 'far', location: north(ARNHEM, 50) }),
    ];
    const suggestions = suggestVolunteers(mentee(), volunteers, only({ distance: 1 }), '2025-06-01', 2);
    expect(suggestions.map((s) => s.volunteerId)).toEqual(['a', 'b']);
    expect(suggestVolunteers(mentee(), [...volunteers].reverse(), only({ distance: 1 }), '2025-06-01', 2)).toEqual(suggestions);
  });
});
