import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/index.js';
import { unpairedMeetings, type LoggedMeetingRef, type PlannedMeetingRef } from '../meeting-log/log.js';
import { uncoveredMeetings } from './meeting-coverage.js';

/** A small seeded generator: the same messy data on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

describe("uncoveredMeetings: the meeting log's pairing rule, fed cluster by cluster", () => {
  it("Parent'R'US tool 2: the same meetings without a log as pairing all at once, on weekly, three-a-week and irregular schedules", () => {
    for (let seed = 1; seed <= 60; seed += 1) {
      const rnd = seeded(seed);
      const meetings: PlannedMeetingRef[] = [];
      let day = '2025-09-01';
      for (let i = 0; i < 40; i += 1) {
        meetings.push({ matchId: 'm', date: day });
        day = addDays(day, seed % 3 === 0 ? 7 : seed % 3 === 1 ? [2, 2, 3][i % 3]! : 1 + Math.floor(rnd() * 9));
      }
      const logs: LoggedMeetingRef[] = [];
      for (const meeting of meetings) {
        const r = rnd();
        if (r < 0.15) continue;
        const date = addDays(meeting.date, Math.floor(rnd() * 9) - 4);
        logs.push(r < 0.3 ? { matchId: 'm', date, plannedFor: meeting.date } : r < 0.35 ? { matchId: 'm', date, plannedFor: '2025-01-01' } : { matchId: 'm', date });
        if (rnd() < 0.1) logs.push({ matchId: 'm', date: addDays(date, 1) });
      }
      expect(uncoveredMeetings(meetings, logs), `seed ${seed}`).toEqual(unpairedMeetings(meetings, logs));
    }
  });

  it('a log on the day between two meetings a week apart counts for the nearer one only', () => {
    const meetings = [
      { matchId: 'm', date: '2025-10-07' },
      { matchId: 'm', date: '2025-10-14' },
    ];
    expect(uncoveredMeetings(meetings, [{ matchId: 'm', date: '2025-10-10' }])).toEqual([{ matchId: 'm', date: '2025-10-14' }]);
    expect(uncoveredMeetings([], [{ matchId: 'm', date: '2025-10-10' }])).toEqual([]);
  });
});
