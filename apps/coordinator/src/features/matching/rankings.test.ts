import { describe, expect, it } from 'vitest';
import { initialRanking, move, placeOf, rankingOf, setIncluded } from './rankings';

describe('speed-meeting rankings', () => {
  it('starts from the saved ranking, drops who left the board, then everyone else unchosen', () => {
    const entries = initialRanking(['c', 'gone', 'a'], ['a', 'b', 'c']);
    expect(entries).toEqual([
      { id: 'c', included: true },
      { id: 'a', included: true },
      { id: 'b', included: false },
    ]);
    expect(rankingOf(entries)).toEqual(['c', 'a']);
  });

  it('moves only among the chosen ones', () => {
    const entries = initialRanking(['a', 'b'], ['a', 'b', 'c']);
    expect(rankingOf(move(entries, 'b', -1))).toEqual(['b', 'a']);
    expect(move(entries, 'a', -1)).toEqual(entries);
    expect(move(entries, 'b', 1)).toEqual(entries);
    expect(move(entries, 'c', -1)).toEqual(entries);
  });

  it('a chosen person goes to the end of the ranking, a left-out one out of it', () => {
    let entries = initialRanking(['a'], ['a', 'b', 'c']);
    entries = setIncluded(entries, 'c', true);
    expect(rankingOf(entries)).toEqual(['a', 'c']);
    expect(placeOf(entries, 'c')).toBe(2);
    entries = setIncluded(entries, 'a', false);
    expect(rankingOf(entries)).toEqual(['c']);
    expect(placeOf(entries, 'a')).toBeNull();
  });
});
