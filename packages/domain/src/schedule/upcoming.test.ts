import { describe, expect, it } from 'vitest';
import { amsterdamDateOf, epochMsOf } from './amsterdam.js';
import { ok, runningMatch, schoolsCoolTiming, tuesdayEvening } from './fixtures.js';
import { occurrences, scheduleFor } from './schedule.js';
import { isUpcoming, upcomingMeetings } from './upcoming.js';

const homeVisits = ok(scheduleFor(runningMatch('2026-03-03', tuesdayEvening), schoolsCoolTiming, { endsOn: '2026-12-31' }));

describe("the parent's next meetings (issue 14: past meetings leave the list)", () => {
  it('a meeting at 19:00 today is upcoming at 18:00 and not at 20:30 (Europe/Amsterdam, winter time)', () => {
    const [tonight] = occurrences(homeVisits, '2026-03-24', '2026-03-24');
    expect(tonight).toMatchObject({ date: '2026-03-24', time: '19:00', startsAt: '2026-03-24T18:00:00Z', endsAt: '2026-03-24T19:00:00Z' });
    expect(isUpcoming(tonight!, '2026-03-24T17:00:00Z')).toBe(true); // 18:00 CET
    expect(isUpcoming(tonight!, '2026-03-24T19:30:00.000Z')).toBe(false); // 20:30 CET, as toISOString writes it
  });

  it('the same in summer time: 19:00 CEST is 17:00Z, so 18:00 local (16:00Z) is before it and 20:30 local (18:30Z) after', () => {
    const [tonight] = occurrences(homeVisits, '2026-03-31', '2026-03-31');
    expect(tonight!.startsAt).toBe('2026-03-31T17:00:00Z');
    expect(isUpcoming(tonight!, '2026-03-31T16:00:00Z')).toBe(true);
    expect(isUpcoming(tonight!, '2026-03-31T18:30:00Z')).toBe(false);
    expect(isUpcoming(tonight!, '2026-03-31T20:30:00+02:00')).toBe(false);
  });

  it('a meeting going on (19:30 local) is still listed; it leaves the list when it ends', () => {
    const [tonight] = occurrences(homeVisits, '2026-03-24', '2026-03-24');
    expect(isUpcoming(tonight!, '2026-03-24T18:30:00Z')).toBe(true);
    expect(isUpcoming(tonight!, '2026-03-24T19:00:00Z')).toBe(false);
  });

  it("upcomingMeetings drops today's finished meeting from a day-based window and keeps the order; limit takes the first n", () => {
    const window = occurrences(homeVisits, '2026-03-24', '2026-04-21');
    const next = upcomingMeetings(window, '2026-03-24T19:30:00Z');
    expect(next.map((meeting) => meeting.date)).toEqual(['2026-03-31', '2026-04-07', '2026-04-14', '2026-04-21']);
    expect(upcomingMeetings(window, '2026-03-24T17:00:00Z', 2).map((meeting) => meeting.date)).toEqual(['2026-03-24', '2026-03-31']);
  });

  it('a malformed instant is refused rather than read as "no meeting is past"', () => {
    expect(() => isUpcoming({ endsAt: '2026-03-24T19:00:00Z' }, '24-03-2026 18:00')).toThrow(RangeError);
    expect(() => epochMsOf('2026-02-30')).toThrow(RangeError);
  });

  it('amsterdamDateOf gives the Dutch day of an instant, across both clock changes', () => {
    expect(amsterdamDateOf('2026-10-24T22:30:00Z')).toBe('2026-10-25');
    expect(amsterdamDateOf('2026-10-25T22:30:00Z')).toBe('2026-10-25');
    expect(amsterdamDateOf('2026-10-25T23:30:00Z')).toBe('2026-10-26');
    expect(amsterdamDateOf('2026-03-28T23:30:00Z')).toBe('2026-03-29');
  });
});
