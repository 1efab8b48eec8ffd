import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import nl from '../../locales/nl.json';
import en from '../../locales/en.json';
import { attentionText } from './attention';

const texts = i18next.createInstance();
void texts.init({ resources: { nl: { translation: nl }, en: { translation: en } }, lng: 'nl', initAsync: false, interpolation: { escapeValue: false } });

describe('attention reasons in words', () => {
  const nlT = texts.getFixedT('nl');
  const enT = texts.getFixedT('en');

  it('says how late a check-in is, with the days and dates in the reader’s language', () => {
    const reason = { kind: 'checkInOverdue', dueOn: '2026-03-02', daysOverdue: 3, lastCheckInOn: '2026-02-12' };
    expect(attentionText(nlT, 'nl', reason)).toBe('Contactmoment 3 dagen te laat (gepland op 2 mrt 2026). Laatste contactmoment: 12 feb 2026.');
    expect(attentionText(enT, 'en-GB', reason)).toBe('Check-in 3 days overdue (due on 2 Mar 2026). Last check-in: 12 Feb 2026.');
  });

  it('uses the singular for one day and says when there was no check-in or meeting yet', () => {
    expect(attentionText(nlT, 'nl', { kind: 'checkInOverdue', dueOn: '2026-03-02', daysOverdue: 1, lastCheckInOn: null })).toBe(
      'Contactmoment 1 dag te laat (gepland op 2 mrt 2026). Nog geen contactmoment gehad.',
    );
    expect(attentionText(nlT, 'nl', { kind: 'noRecentMeeting', lastMeetingOn: null, daysWithoutMeeting: 20, allowedDays: 14 })).toBe(
      'Al 20 dagen geen ontmoeting (afgesproken: hooguit 14 dagen ertussen). Nog geen ontmoeting gehad.',
    );
  });

  it('lists the dates of meetings without a log', () => {
    expect(attentionText(enT, 'en-GB', { kind: 'meetingsNotLogged', meetings: ['2026-03-03', '2026-03-10'] })).toBe(
      '2 meetings without a log: 3 Mar 2026, 10 Mar 2026.',
    );
  });

  it('has words for every kind, and a general sentence for a kind it does not know', () => {
    const kinds = [
      { kind: 'volunteerWantsToTalk', requestedOn: ['2026-03-03'] },
      { kind: 'pastPlannedEnd', plannedEnd: '2026-03-01', daysPast: 4 },
      { kind: 'confirmationDue', gettingToKnowUntil: '2026-03-01' },
      { kind: 'checkInDue', dueOn: '2026-03-09', lastCheckInOn: null },
      { kind: 'nearPlannedEnd', plannedEnd: '2026-04-01', daysLeft: 20 },
      { kind: 'gettingToKnow', until: '2026-04-01', daysLeft: 20 },
    ];
    for (const reason of kinds) {
      const text = attentionText(nlT, 'nl', reason);
      expect(text).not.toMatch(/attention\.|undefined|\{\{/);
    }
    expect(attentionText(nlT, 'nl', { kind: 'somethingNew' })).toBe('Deze koppeling vraagt je aandacht.');
  });
});
