import { describe, expect, it } from 'vitest';
import { alertChain, alertDecision } from './acute.js';
import { add, bea, karin, ok, opened, REPORTED_AT, roles, settings, system } from './fixtures.js';
import { appendConcernEntry, concernState } from './record.js';
import type { ConcernEntry, ConcernEntryBody, SafeguardingActor } from './types.js';

const append = (entries: readonly ConcernEntry[], body: ConcernEntryBody, by: SafeguardingActor, at: string) => appendConcernEntry(entries, { body, by, at }, settings);
const acute = () => opened({ acuteDanger: true, facts: 'Sara said: "Dad hit me and said he will do it again tonight." She does not want to go home.', disclosure: true });
const chainOf = (entries: readonly ConcernEntry[]) => alertChain(concernState(entries), roles, ['c-bea']);
const police = { type: 'emergency112', contactedAt: '2025-10-14T18:10:00Z', contactedBy: 'Ans (the volunteer, from the house)', summaryShared: 'Child at risk tonight.', reference: 'P-2025-77' } as const;

describe('the acute path: alerts and escalation (SAF-3)', () => {
  it('SAF-3: the coordinator and a deputy are alerted at once; after 15 minutes without acknowledgement the next person, then the next', () => {
    let entries = acute();
    const chain = chainOf(entries);
    expect(chain).toEqual(['c-bea', 'deputy-dirk', 'lead-karin', 'board-els']);
    expect(alertDecision(concernState(entries), chain, settings, REPORTED_AT)).toEqual({ kind: 'alert', recipients: ['c-bea', 'deputy-dirk'], because: 'reported' });
    entries = add(entries, { kind: 'alertSent', recipientId: 'c-bea' }, system, '2025-10-14T18:05:10Z');
    entries = add(entries, { kind: 'alertSent', recipientId: 'deputy-dirk' }, system, '2025-10-14T18:05:10Z');
    expect(alertDecision(concernState(entries), chain, settings, '2025-10-14T18:19:00Z')).toEqual({ kind: 'wait', until: '2025-10-14T18:20:10Z' });
    expect(alertDecision(concernState(entries), chain, settings, '2025-10-14T18:20:10Z')).toEqual({ kind: 'alert', recipients: ['lead-karin'], because: 'notAcknowledged' });
    entries = add(entries, { kind: 'alertSent', recipientId: 'lead-karin' }, system, '2025-10-14T18:20:15Z');
    entries = add(entries, { kind: 'alertSent', recipientId: 'board-els' }, system, '2025-10-14T18:35:20Z');
    expect(alertDecision(concernState(entries), chain, settings, '2025-10-14T18:50:20Z')).toEqual({ kind: 'exhausted', since: '2025-10-14T18:50:20Z' });
  });

  it('SAF-3: the escalation stops when someone acknowledges', () => {
    let entries = add(acute(), { kind: 'alertSent', recipientId: 'c-bea' }, system, '2025-10-14T18:05:10Z');
    entries = add(entries, { kind: 'acknowledged' }, bea, '2025-10-14T18:09:00Z');
    expect(alertDecision(concernState(entries), chainOf(entries), settings, '2025-10-14T19:00:00Z')).toEqual({ kind: 'acknowledged', by: 'c-bea', at: '2025-10-14T18:09:00Z' });
  });

  it('SAF-3: the minutes are a programme setting', () => {
    const entries = add(acute(), { kind: 'alertSent', recipientId: 'c-bea' }, system, '2025-10-14T18:05:00Z');
    expect(alertDecision(concernState(entries), chainOf(entries), { acuteAcknowledgeMinutes: 5 }, '2025-10-14T18:10:00Z')).toMatchObject({ kind: 'alert', recipients: ['deputy-dirk'] });
  });

  it('a concern that is not acute alerts the coordinator once and then waits for the working-day target (SAF-15)', () => {
    let entries = opened();
    expect(alertDecision(concernState(entries), chainOf(entries), settings, REPORTED_AT)).toEqual({ kind: 'alert', recipients: ['c-bea'], because: 'reported' });
    entries = add(entries, { kind: 'alertSent', recipientId: 'c-bea' }, system, '2025-10-14T18:06:00Z');
    expect(alertDecision(concernState(entries), chainOf(entries), settings, '2025-10-15T18:06:00Z')).toEqual({ kind: 'wait', until: null });
  });

  it('SAF-3: a concern raised to acute later starts the acute alerts from that moment', () => {
    let entries = add(opened(), { kind: 'alertSent', recipientId: 'c-bea' }, system, '2025-10-14T18:06:00Z');
    entries = add(entries, { kind: 'acknowledged' }, bea, '2025-10-15T07:00:00Z');
    const state = concernState(add(entries, { kind: 'classified', acuteDanger: true }, bea, '2025-10-15T07:10:00Z'));
    expect(state).toMatchObject({ acuteDanger: true, acuteSince: '2025-10-15T07:10:00Z' });
  });

  it('SAF-11: a concern about a volunteer goes to the safeguarding lead first, and never to the person it is about', () => {
    const aboutCor = opened({ subject: { type: 'staffOrVolunteer', personId: 'deputy-dirk' }, acuteDanger: true });
    expect(chainOf(aboutCor)).toEqual(['lead-karin', 'board-els']);
  });
});

describe('authorities first (SAF-4)', () => {
  /** Acute, acknowledged and through the steps up to the assessment. */
  function acuteAssessed(withContact: boolean): ConcernEntry[] {
    let entries = add(acute(), { kind: 'alertSent', recipientId: 'c-bea' }, system, '2025-10-14T18:05:10Z');
    if (withContact) entries = add(entries, { kind: 'authorityContacted', contact: police }, bea, '2025-10-14T18:12:00Z');
    entries = add(entries, { kind: 'acknowledged' }, bea, '2025-10-14T18:13:00Z');
    entries = add(entries, { kind: 'signalsMapped', summary: 'Disclosure of hitting; a threat for tonight.' }, bea, '2025-10-14T19:00:00Z');
    const consultation = { type: 'aandachtsfunctionaris', who: 'Karin', on: '2025-10-14', identifiableDataShared: true, adviceSummary: 'Police involved.' } as const;
    entries = add(entries, { kind: 'consulted', consultation }, bea, '2025-10-14T19:10:00Z');
    entries = add(entries, { kind: 'conversationSkipped', reason: 'authoritiesAdvised', explanation: 'The police handle the contact with the father.' }, bea, '2025-10-14T19:20:00Z');
    const answers = { q1: { answer: 'yes', rationale: 'Disclosure.' }, q2: { answer: 'yes', rationale: 'Acute: a threat for tonight.' } } as const;
    return add(entries, { kind: 'assessed', answers }, bea, '2025-10-14T19:30:00Z');
  }
  const board = { kind: 'boardConsulted', participants: ['Bea', 'Karin'], summary: 'Report to Veilig Thuis.' } as const;

  it('SAF-4: acute danger goes to the authorities before any board consultation', () => {
    expect(append(acuteAssessed(false), board, bea, '2025-10-14T19:40:00Z')).toEqual({ ok: false, code: 'SAFEGUARDING.AUTHORITY_CONTACT_REQUIRED', field: 'authorityContacts' });
    expect(append(acuteAssessed(true), board, bea, '2025-10-14T19:40:00Z').ok).toBe(true);
  });

  it('SAF-4: an authority contact recorded late still opens the way to the board', () => {
    const entries = add(acuteAssessed(false), { kind: 'authorityContacted', contact: { ...police, contactedAt: '2025-10-14T19:35:00Z' } }, bea, '2025-10-14T19:36:00Z');
    expect(append(entries, board, bea, '2025-10-14T19:40:00Z').ok).toBe(true);
  });

  it('SAF-4: or a documented override signed by a coordinator and a safeguarding lead, with a reason', () => {
    const reason = 'Sara is with her aunt, out of reach of the father; Veilig Thuis is called in the morning.';
    expect(append(acuteAssessed(false), { kind: 'acuteOverride', reason, signedBy: [bea] }, bea, '2025-10-14T19:35:00Z')).toEqual({
      ok: false,
      code: 'SAFEGUARDING.OVERRIDE_NEEDS_TWO_ROLES',
      field: 'signedBy',
    });
    expect(append(acuteAssessed(false), { kind: 'acuteOverride', reason, signedBy: [bea, { ...karin, personId: 'c-bea' }] }, bea, '2025-10-14T19:35:00Z')).toMatchObject({
      code: 'SAFEGUARDING.OVERRIDE_NEEDS_TWO_ROLES',
    });
    const entries = add(acuteAssessed(false), { kind: 'acuteOverride', reason, signedBy: [bea, karin] }, bea, '2025-10-14T19:35:00Z');
    expect(append(entries, board, bea, '2025-10-14T19:40:00Z').ok).toBe(true);
    expect(append(opened(), { kind: 'acuteOverride', reason, signedBy: [bea, karin] }, karin, '2025-10-14T19:35:00Z')).toMatchObject({ code: 'SAFEGUARDING.STEP_OUT_OF_ORDER' });
  });

  it('SAF-4 / meldnorm 1: the acute decision includes the Veilig Thuis report', () => {
    const entries = add(acuteAssessed(true), board, bea, '2025-10-14T19:40:00Z');
    expect(append(entries, { kind: 'decided', decision: { outcomes: ['organiseProfessionalHelp'], rationale: 'x', followUpOn: '2025-10-21' } }, bea, '2025-10-14T19:50:00Z')).toMatchObject({
      code: 'SAFEGUARDING.REPORT_REQUIRED_UNSAFETY',
    });
    expect(ok(append(entries, { kind: 'decided', decision: { outcomes: ['reportVeiligThuis', 'emergency112'], rationale: 'Acute.', followUpOn: '2025-10-21' } }, bea, '2025-10-14T19:50:00Z')).state.status).toBe('decided');
  });
});
