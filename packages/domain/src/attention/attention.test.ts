import { describe, expect, it } from 'vitest';
import { programmeSettingsFromTemplate } from '../programme/templates.js';
import { attentionItems, attentionSettingsFor, maxDaysWithoutMeetingFor, type AttentionSettings, type MatchAttentionFacts } from './attention.js';

const TEMPLATES = ['schoolsCool', 'thuisschoolmaatje', 'parentRus', 'legalMentorship'] as const;
const settingsByProgramme: Record<string, AttentionSettings> = Object.fromEntries(
  TEMPLATES.map((key) => [key, attentionSettingsFor(programmeSettingsFromTemplate(key))]),
);

/** A quiet running match: checked in, met and logged recently, confirmed, far from its end. */
const facts = (changes: Partial<MatchAttentionFacts> = {}): MatchAttentionFacts => ({
  matchId: 'm-1',
  programmeId: 'schoolsCool',
  volunteerId: 'v-1',
  menteeId: 'p-1',
  startedOn: '2025-09-02',
  plannedEnd: '2026-07-03',
  gettingToKnowUntil: '2025-10-14',
  confirmed: true,
  lastCheckInOn: '2025-10-28',
  lastLoggedMeetingOn: '2025-11-04',
  excusedUntil: null,
  recentPlannedMeetings: [],
  recentLogs: [],
  openTalkRequests: [],
  ...changes,
});
const TODAY = '2025-11-06';
const kinds = (matches: readonly MatchAttentionFacts[], today = TODAY) => attentionItems({ settingsByProgramme, matches }, today).map((item) => item.reason.kind);

describe('attentionItems: check-ins (DOMAIN.md §5 "every two weeks at least")', () => {
  for (const key of TEMPLATES) {
    it(`${key}: a check-in is due two days before 14 days have passed and overdue after`, () => {
      const match = facts({ programmeId: key, lastCheckInOn: '2025-10-23' }); // due 2025-11-06
      expect(kinds([match], '2025-11-03')).not.toContain('checkInDue');
      expect(attentionItems({ settingsByProgramme, matches: [match] }, '2025-11-04')).toContainEqual(
        expect.objectContaining({ urgency: 'soon', since: '2025-11-04', reason: { kind: 'checkInDue', dueOn: '2025-11-06', lastCheckInOn: '2025-10-23' } }),
      );
      expect(kinds([match], '2025-11-06')).toContain('checkInDue');
      expect(attentionItems({ settingsByProgramme, matches: [match] }, '2025-11-09')).toContainEqual(
        expect.objectContaining({ urgency: 'urgent', since: '2025-11-07', reason: { kind: 'checkInOverdue', dueOn: '2025-11-06', daysOverdue: 3, lastCheckInOn: '2025-10-23' } }),
      );
    });
  }

  it('with no check-in yet the interval counts from the start of the match', () => {
    const items = attentionItems({ settingsByProgramme, matches: [facts({ lastCheckInOn: null, startedOn: '2025-10-20', gettingToKnowUntil: null })] }, TODAY);
    expect(items.map((item) => item.reason)).toEqual([{ kind: 'checkInOverdue', dueOn: '2025-11-03', daysOverdue: 3, lastCheckInOn: null }]);
  });

  it("Parent'R'US 3.3.5: a programme may set its own interval (weekly in the first days)", () => {
    const weekly = { ...settingsByProgramme, parentRus: attentionSettingsFor(programmeSettingsFromTemplate('parentRus'), { checkInIntervalDays: 7 }) };
    const items = attentionItems({ settingsByProgramme: weekly, matches: [facts({ programmeId: 'parentRus', lastCheckInOn: '2025-10-31' })] }, TODAY);
    expect(items.map((item) => item.reason)).toEqual([{ kind: 'checkInDue', dueOn: '2025-11-07', lastCheckInOn: '2025-10-31' }]);
  });
});

describe('attentionItems: meetings at the cadence', () => {
  it('maxDaysWithoutMeetingFor: weekly visits 14 days, three calls a week 7, fortnightly 28, as needed no rule', () => {
    expect(maxDaysWithoutMeetingFor({ kind: 'regular', meetings: 1, perWeeks: 1 })).toBe(14);
    expect(maxDaysWithoutMeetingFor({ kind: 'regular', meetings: 3, perWeeks: 1 })).toBe(7);
    expect(maxDaysWithoutMeetingFor({ kind: 'regular', meetings: 1, perWeeks: 2 })).toBe(28);
    expect(maxDaysWithoutMeetingFor({ kind: 'asNeeded' })).toBeNull();
  });

  it("School's cool (one visit a week): 15 days without a logged visit needs attention, 14 do not", () => {
    expect(kinds([facts({ lastLoggedMeetingOn: '2025-10-23' })])).not.toContain('noRecentMeeting');
    expect(attentionItems({ settingsByProgramme, matches: [facts({ lastLoggedMeetingOn: '2025-10-22' })] }, TODAY)).toContainEqual(
      expect.objectContaining({ since: '2025-11-06', reason: { kind: 'noRecentMeeting', lastMeetingOn: '2025-10-22', daysWithoutMeeting: 15, allowedDays: 14 } }),
    );
  });

  it('Thuisschoolmaatje (three calls a week): eight days without a call needs attention', () => {
    expect(kinds([facts({ programmeId: 'thuisschoolmaatje', lastLoggedMeetingOn: '2025-10-29' })])).toContain('noRecentMeeting');
    expect(kinds([facts({ programmeId: 'thuisschoolmaatje', lastLoggedMeetingOn: '2025-10-30' })])).not.toContain('noRecentMeeting');
  });

  it('a school holiday or pause that ended recently excuses the gap; legal mentorship (as needed) has no such rule', () => {
    expect(kinds([facts({ lastLoggedMeetingOn: '2025-10-14', excusedUntil: '2025-10-26' })])).not.toContain('noRecentMeeting');
    expect(kinds([facts({ programmeId: 'legalMentorship', lastLoggedMeetingOn: '2025-01-01' })])).not.toContain('noRecentMeeting');
  });

  it("Parent'R'US tool 2: planned meetings without a log after the grace period are listed with their dates", () => {
    const planned = ['2025-10-21', '2025-10-28', '2025-11-04'].map((date) => ({ matchId: 'm-1', date, time: '19:00' }));
    const items = attentionItems({ settingsByProgramme, matches: [facts({ recentPlannedMeetings: planned, recentLogs: [{ matchId: 'm-1', date: '2025-10-28' }] })] }, TODAY);
    // 2025-11-04 is still within its two days of grace.
    expect(items).toContainEqual(expect.objectContaining({ urgency: 'soon', since: '2025-10-24', reason: { kind: 'meetingsNotLogged', meetings: ['2025-10-21'] } }));
  });
});

describe('attentionItems: getting to know, the end of the term, a volunteer who asks to talk', () => {
  it("Parent'R'US 3.3.3: an unconfirmed match is in its getting-to-know weeks, then its confirmation is due", () => {
    const match = facts({ startedOn: '2025-10-20', confirmed: false, gettingToKnowUntil: '2025-11-17', lastCheckInOn: '2025-11-03', lastLoggedMeetingOn: '2025-11-04' });
    expect(attentionItems({ settingsByProgramme, matches: [match] }, TODAY)).toEqual([
      expect.objectContaining({ urgency: 'info', since: '2025-10-20', reason: { kind: 'gettingToKnow', until: '2025-11-17', daysLeft: 11 } }),
    ]);
    expect(kinds([match], '2025-11-17')).toContain('confirmationDue');
    expect(kinds([{ ...match, confirmed: true }], '2025-11-17')).not.toContain('confirmationDue');
  });

  it("DOMAIN.md §8: a match within 28 days of its planned end shows as info; past it, as soon", () => {
    expect(attentionItems({ settingsByProgramme, matches: [facts({ plannedEnd: '2025-12-04' })] }, TODAY)).toContainEqual(
      expect.objectContaining({ urgency: 'info', since: '2025-11-06', reason: { kind: 'nearPlannedEnd', plannedEnd: '2025-12-04', daysLeft: 28 } }),
    );
    expect(kinds([facts({ plannedEnd: '2025-12-05' })])).toEqual([]);
    expect(kinds([facts({ plannedEnd: '2025-11-01' })])).toEqual(['pastPlannedEnd']);
  });

  it('"I want to talk to my coordinator" on a log comes first, before everything overdue', () => {
    const items = attentionItems(
      {
        settingsByProgramme,
        matches: [facts({ matchId: 'm-a', lastCheckInOn: '2025-09-01' }), facts({ matchId: 'm-b', openTalkRequests: [{ id: 't-2', meetingOn: '2025-11-05' }, { id: 't-1', meetingOn: '2025-11-04' }] })],
      },
      TODAY,
    );
    expect(items.map((item) => [item.matchId, item.reason.kind])).toEqual([
      ['m-b', 'volunteerWantsToTalk'],
      ['m-a', 'checkInOverdue'],
    ]);
    expect(items[0]).toMatchObject({
      since: '2025-11-04',
      reason: { requestedOn: ['2025-11-04', '2025-11-05'], requests: [{ id: 't-1', meetingOn: '2025-11-04' }, { id: 't-2', meetingOn: '2025-11-05' }] },
    });
  });

  it('an open request to talk shows whatever was recorded since: a check-in after the meeting, a suspended match', () => {
    const open = [{ id: 't-1', meetingOn: '2025-10-20' }];
    expect(kinds([facts({ lastCheckInOn: '2025-11-05', openTalkRequests: open })])).toEqual(['volunteerWantsToTalk']);
    expect(kinds([facts({ openTalkRequests: open, suspendedSince: '2025-11-01' })])).toEqual(['volunteerWantsToTalk', 'matchSuspended']);
    expect(kinds([facts({ lastCheckInOn: '2025-11-05', openTalkRequests: [] })])).toEqual([]);
  });

  it('a quiet match needs no attention; a match that starts later is left out; an unknown programme is a programming error', () => {
    expect(kinds([facts()])).toEqual([]);
    expect(kinds([facts({ startedOn: '2025-12-01', lastCheckInOn: null })])).toEqual([]);
    expect(() => attentionItems({ settingsByProgramme, matches: [facts({ programmeId: 'nope' })] }, TODAY)).toThrow(RangeError);
  });

  it('sorted by urgency, then kind, then the oldest first, then match id', () => {
    const items = attentionItems(
      {
        settingsByProgramme,
        matches: [
          facts({ matchId: 'm-3', plannedEnd: '2025-11-20' }),
          facts({ matchId: 'm-2', lastCheckInOn: '2025-10-01' }),
          facts({ matchId: 'm-1', lastCheckInOn: '2025-09-20' }),
          facts({ matchId: 'm-0', lastLoggedMeetingOn: '2025-10-01' }),
        ],
      },
      TODAY,
    );
    expect(items.map((item) => `${item.urgency} ${item.reason.kind} ${item.matchId}`)).toEqual([
      'urgent checkInOverdue m-1',
      'urgent checkInOverdue m-2',
      'soon noRecentMeeting m-0',
      'info nearPlannedEnd m-3',
    ]);
  });
});

describe('attentionItems at scale', () => {
  // The time it takes is measured by the server's dashboard bench (`pnpm --filter @driehoek/server bench`), not here.
  it('3,000 matches with four weeks of planned meetings and logs each (pre-aggregated) are each assessed', () => {
    const matches: MatchAttentionFacts[] = [];
    for (let i = 0; i < 3_000; i += 1) {
      const matchId = `m-${i}`;
      const dates = Array.from({ length: 12 }, (_, k) => `2025-10-${String(9 + 2 * k).padStart(2, '0')}`).filter((date) => date <= '2025-10-31');
      matches.push(
        facts({
          matchId,
          programmeId: TEMPLATES[i % 4],
          lastCheckInOn: i % 3 === 0 ? '2025-10-01' : '2025-10-30',
          recentPlannedMeetings: dates.map((date) => ({ matchId, date })),
          recentLogs: dates.filter((_, k) => (k + i) % 5 !== 0).map((date) => ({ matchId, date })),
        }),
      );
    }
    const items = attentionItems({ settingsByProgramme, matches }, TODAY);
    expect(items.filter((item) => item.reason.kind === 'checkInOverdue')).toHaveLength(1_000);
    expect(items.filter((item) => item.reason.kind === 'meetingsNotLogged')).toHaveLength(3_000);
  });
});
