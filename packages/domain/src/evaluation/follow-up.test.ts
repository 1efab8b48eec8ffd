import { describe, expect, it } from 'vitest';
import { OVERDUE_WITHOUT_REMINDER_DAYS, overdueFrom, questionnairesToFollowUp, questionnaireUrgency, type InvitationToFollowUp } from './follow-up.js';

/** Sent on 1 March with the default timing: reminded a week later, four weeks to answer. */
const sent: InvitationToFollowUp = { sendOn: '2026-03-01', remindOn: '2026-03-08', expiresOn: '2026-03-29', answeredOn: null };

describe('questionnaires to follow up (DOMAIN.md §7, the evaluation timing)', () => {
  it('§7: not yet sent is nothing to follow up; from the sending day it is due', () => {
    expect(questionnaireUrgency(sent, '2026-02-28')).toBeNull();
    expect(questionnaireUrgency(sent, '2026-03-01')).toBe('due');
    expect(questionnaireUrgency(sent, '2026-03-07')).toBe('due');
  });

  it('§7: from the reminder day (reminded, still no answer) it is overdue, until it expires', () => {
    expect(questionnaireUrgency(sent, '2026-03-08')).toBe('overdue');
    expect(questionnaireUrgency(sent, '2026-03-28')).toBe('overdue');
    expect(questionnaireUrgency(sent, '2026-03-29')).toBeNull();
  });

  it('§7: an answered questionnaire needs no follow-up, even on its reminder day', () => {
    expect(questionnaireUrgency({ ...sent, answeredOn: '2026-03-05' }, '2026-03-10')).toBeNull();
  });

  it('§7: without a reminder it is overdue in the last week before it expires', () => {
    const noReminder = { ...sent, remindOn: null };
    expect(overdueFrom(noReminder)).toBe('2026-03-22');
    expect(OVERDUE_WITHOUT_REMINDER_DAYS).toBe(7);
    expect(questionnaireUrgency(noReminder, '2026-03-21')).toBe('due');
    expect(questionnaireUrgency(noReminder, '2026-03-22')).toBe('overdue');
    // Open less than a week: overdue from the day it is sent.
    expect(overdueFrom({ sendOn: '2026-03-01', remindOn: null, expiresOn: '2026-03-04' })).toBe('2026-03-01');
  });

  it('§7: the list puts overdue first, then the soonest last day, and leaves out what needs nothing', () => {
    const later = { ...sent, sendOn: '2026-03-05', remindOn: '2026-03-12', expiresOn: '2026-04-02' };
    const answered = { ...sent, answeredOn: '2026-03-02' };
    const earlierDue = { ...sent, sendOn: '2026-03-09', remindOn: '2026-03-16', expiresOn: '2026-04-06' };
    const list = questionnairesToFollowUp([earlierDue, later, answered, sent], '2026-03-10');
    expect(list.map((entry) => [entry.invitation, entry.urgency, entry.lastDay])).toEqual([
      [sent, 'overdue', '2026-03-28'],
      [later, 'due', '2026-04-01'],
      [earlierDue, 'due', '2026-04-05'],
    ]);
  });
});
