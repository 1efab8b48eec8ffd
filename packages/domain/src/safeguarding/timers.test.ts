import { describe, expect, it } from 'vitest';
import { programmeSettingsFromTemplate } from '../programme/templates.js';
import { validateProgrammeSettings } from '../programme/settings.js';
import { add, bea, nonAcuteUpTo, opened, settings } from './fixtures.js';
import { concernState } from './record.js';
import { DEFAULT_SAFEGUARDING_SETTINGS, safeguardingSettingsOf, validateSafeguardingSettings } from './settings.js';
import { concernTimers } from './timers.js';

const kinds = (timers: ReturnType<typeof concernTimers>) => timers.open.map((timer) => [timer.kind, timer.dueOn ?? timer.dueAt, timer.overdue]);

describe('concernTimers (SAF-15)', () => {
  it('SAF-15: a non-acute concern reported on Tuesday evening is acknowledged by the end of Wednesday and decided within five working days', () => {
    const state = concernState(opened());
    expect(kinds(concernTimers(state, settings, '2025-10-15T21:00:00Z'))).toEqual([
      ['acknowledgement', '2025-10-15', false],
      ['decision', '2025-10-21', false],
    ]);
    const late = concernTimers(state, settings, '2025-10-16T08:00:00Z');
    expect(late.open[0]).toEqual({ kind: 'acknowledgement', dueOn: '2025-10-15', dueAt: '2025-10-15T22:00:00Z', overdue: true });
    expect(late.overdue).toBe(true);
  });

  it('SAF-15: working days skip weekends and the public holidays given', () => {
    const friday = concernState(opened({ observedOn: '2025-10-17' }, 'c', '2025-10-17T15:00:00Z'));
    expect(concernTimers(friday, settings, '2025-10-17T15:00:00Z').open[0]?.dueOn).toBe('2025-10-20');
    expect(concernTimers(friday, settings, '2025-10-17T15:00:00Z', ['2025-10-20']).open[0]?.dueOn).toBe('2025-10-21');
  });

  it('SAF-15: each Meldcode step is due a set number of working days after the previous one', () => {
    const state = concernState(nonAcuteUpTo('acknowledged'));
    expect(concernTimers(state, settings, '2025-10-15T08:00:00Z').open).toEqual([
      { kind: 'nextStep', step: 'signalsMapped', dueOn: '2025-10-17', dueAt: '2025-10-17T22:00:00Z', overdue: false },
      { kind: 'decision', dueOn: '2025-10-21', dueAt: '2025-10-21T22:00:00Z', overdue: false },
    ]);
    expect(concernTimers(state, settings, '2025-10-18T08:00:00Z').open[0]?.overdue).toBe(true);
  });

  it('SAF-3 / SAF-4: an acute concern counts minutes: acknowledged within 15, authorities within 60', () => {
    const state = concernState(opened({ acuteDanger: true }));
    expect(kinds(concernTimers(state, settings, '2025-10-14T18:25:00Z'))).toEqual([
      ['acknowledgement', '2025-10-14T18:20:00Z', true],
      ['authorityContact', '2025-10-14T19:05:00Z', false],
      ['decision', '2025-10-21', false],
    ]);
  });

  it('SAF-15: a concern recorded after the day it was seen is flagged as recorded late', () => {
    expect(concernTimers(concernState(opened({ observedOn: '2025-10-10' })), settings, '2025-10-14T19:00:00Z').recordedLate).toBe(true);
    expect(concernTimers(concernState(opened()), settings, '2025-10-14T19:00:00Z').recordedLate).toBe(false);
    expect(concernTimers(concernState(opened({ observedOn: '2025-10-13' })), { ...settings, recordWithinDays: 1 }, '2025-10-14T19:00:00Z').recordedLate).toBe(false);
  });

  it('SAF-15: after the decision the follow-up date is the open target; a decided report is due the next working day', () => {
    let entries = add(nonAcuteUpTo('conversationDone'), { kind: 'assessed', answers: { q1: { answer: 'yes', rationale: 'x' }, q2: { answer: 'yes', rationale: 'repeated' } } }, bea, '2025-10-20T09:00:00Z');
    entries = add(entries, { kind: 'boardConsulted', participants: ['Karin'], summary: 'Report.' }, bea, '2025-10-20T10:00:00Z');
    entries = add(entries, { kind: 'decided', decision: { outcomes: ['reportVeiligThuis'], rationale: 'meldnorm 1', followUpOn: '2025-11-03' } }, bea, '2025-10-20T11:00:00Z');
    expect(kinds(concernTimers(concernState(entries), settings, '2025-10-22T09:00:00Z'))).toEqual([
      ['veiligThuisReport', '2025-10-21', true],
      ['followUp', '2025-11-03', false],
    ]);
  });

  it('a closed concern has no open targets', () => {
    let entries = add(nonAcuteUpTo('conversationDone'), { kind: 'assessed', answers: { q1: { answer: 'no', rationale: 'Football.' } } }, bea, '2025-10-20T09:00:00Z');
    entries = add(entries, { kind: 'boardConsulted', participants: ['Karin'], summary: 'Close.' }, bea, '2025-10-20T10:00:00Z');
    entries = add(entries, { kind: 'decided', decision: { outcomes: ['closeNoSuspicion'], rationale: 'No suspicion.', followUpOn: null } }, bea, '2025-10-20T11:00:00Z');
    entries = add(entries, { kind: 'closed', reason: 'No suspicion.' }, bea, '2025-10-20T12:00:00Z');
    expect(concernTimers(concernState(entries), settings, '2026-01-01T00:00:00Z')).toEqual({ open: [], overdue: false, recordedLate: false });
  });
});

describe('SafeguardingSettings (SAF-15: [D] numbers are programme settings)', () => {
  it('SAF-15: the defaults are the reference proposals: same day, 1 working day, 5 working days; 15 minutes acute', () => {
    expect(DEFAULT_SAFEGUARDING_SETTINGS).toMatchObject({ recordWithinDays: 0, acknowledgeWithinWorkingDays: 1, decideWithinWorkingDays: 5, acuteAcknowledgeMinutes: 15 });
    expect(safeguardingSettingsOf({})).toEqual(DEFAULT_SAFEGUARDING_SETTINGS);
    expect(safeguardingSettingsOf({ safeguarding: { acuteAcknowledgeMinutes: 10 } }).acuteAcknowledgeMinutes).toBe(10);
  });

  it('SAF-15: settings that cannot stand are refused per setting', () => {
    expect(validateSafeguardingSettings(settings)).toEqual([]);
    expect(validateSafeguardingSettings({ ...settings, acuteAcknowledgeMinutes: 0, maxFollowUpDays: 1.5 })).toEqual([
      { ok: false, code: 'SAFEGUARDING.SETTING_INVALID', field: 'acuteAcknowledgeMinutes' },
      { ok: false, code: 'SAFEGUARDING.SETTING_INVALID', field: 'maxFollowUpDays' },
    ]);
    expect(validateSafeguardingSettings({ ...settings, acuteAcknowledgeMinutes: 90 })).toEqual([{ ok: false, code: 'SAFEGUARDING.SETTING_INVALID', field: 'acuteAcknowledgeMinutes' }]);
    expect(validateSafeguardingSettings({ ...settings, decideWithinWorkingDays: 20 })).toMatchObject([{ field: 'decideWithinWorkingDays' }]);
  });

  it("SAF-15: a programme's safeguarding settings are checked with the rest of its settings", () => {
    const programme = { ...programmeSettingsFromTemplate('schoolsCool'), safeguarding: { ...settings, stepWithinWorkingDays: 0 } };
    expect(validateProgrammeSettings(programme)).toEqual([{ ok: false, code: 'SAFEGUARDING.SETTING_INVALID', field: 'safeguarding.stepWithinWorkingDays' }]);
  });
});
