import { describe, expect, it } from 'vitest';
import { earlyShare, reasonsOf } from './endings';

describe('early endings report', () => {
  it('lists the contract’s reasons first, then any other the api reports', () => {
    const reasons = reasonsOf([{ programmeId: 'p', programmeName: 'P', closed: 3, early: 2, byReason: { menteeStopped: 1, illness: 1 } }]);
    expect(reasons.slice(0, 6)).toEqual(['completed', 'menteeStopped', 'mentorStopped', 'moved', 'safeguarding', 'other']);
    expect(reasons.at(-1)).toBe('illness');
  });

  it('gives the early share as a whole percentage, 0 when nothing closed', () => {
    expect(earlyShare({ closed: 3, early: 1 })).toBe(33);
    expect(earlyShare({ closed: 0, early: 0 })).toBe(0);
  });
});
