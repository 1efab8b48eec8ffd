import { describe, expect, it } from 'vitest';
import { add, ans, bea, cor, helpWithoutReport, karin, nonAcuteUpTo, opened, settings, system } from './fixtures.js';
import { appendConcernEntry, concernState, nextConcernStep } from './record.js';
import type { ConcernEntry, ConcernEntryBody, SafeguardingActor } from './types.js';

const append = (entries: readonly ConcernEntry[], body: ConcernEntryBody, by: SafeguardingActor, at: string) => appendConcernEntry(entries, { body, by, at }, settings);

const decision = { outcomes: ['organiseProfessionalHelp', 'monitor'], rationale: 'Help via the wijkteam; Ans keeps her eyes open.', followUpOn: '2025-11-20' } as const;

describe('the concern as an append-only record (SAF-2, SAF-12)', () => {
  it('SAF-12: every entry is a new version with its author and time; the state is folded from them', () => {
    const entries = nonAcuteUpTo('signalsMapped');
    expect(entries.map((entry) => [entry.version, entry.kind, entry.by.personId])).toEqual([
      [1, 'reported', 'v-ans'],
      [2, 'alertSent', 'system'],
      [3, 'acknowledged', 'c-bea'],
      [4, 'signalsMapped', 'c-bea'],
    ]);
    const state = concernState(entries);
    expect(state).toMatchObject({ version: 4, status: 'signalsMapped', assignedCoordinatorIds: ['c-bea'], acknowledgement: { by: bea, at: '2025-10-15T07:30:00Z' } });
    expect(state.statusHistory.map((change) => `${change.from}→${change.to}`)).toEqual(['null→submitted', 'submitted→acknowledged', 'acknowledged→signalsMapped']);
  });

  it('SAF-12: nothing is edited: an addendum adds facts (with their source) and interpretation as separate lines', () => {
    const entries = add(opened(), { kind: 'addendum', addendum: { facts: 'Her brother said: "Dad was angry."', sources: [{ kind: 'thirdParty', who: 'brother Omar' }], interpretation: 'I am more worried now.' } }, ans, '2025-10-14T19:00:00Z');
    const state = concernState(entries);
    expect(state.facts.map((fact) => [fact.version, fact.text, fact.sources])).toEqual([
      [1, 'Sara had a bruise on her left upper arm. She said: "I fell off my bike."', [{ kind: 'ownObservation' }]],
      [2, 'Her brother said: "Dad was angry."', [{ kind: 'thirdParty', who: 'brother Omar' }]],
    ]);
    expect(state.interpretations.map((item) => item.text)).toEqual(['The bruise looked like a hand grip to me.', 'I am more worried now.']);
    expect(entries[0]).toEqual(opened()[0]);
  });

  it('SAF-12: an entry cannot be dated before the last one, nor appended over a version someone else added', () => {
    expect(append(opened(), { kind: 'addendum', addendum: { facts: 'x' } }, ans, '2025-10-14T18:00:00Z')).toEqual({ ok: false, code: 'SAFEGUARDING.ENTRY_BEFORE_PREVIOUS', field: 'at' });
    const entries = nonAcuteUpTo('acknowledged');
    expect(appendConcernEntry(entries, { body: { kind: 'addendum', addendum: { facts: 'x' } }, by: ans, at: '2025-10-15T09:00:00Z', expectedVersion: 2 }, settings)).toEqual({
      ok: false,
      code: 'SAFEGUARDING.VERSION_CONFLICT',
      field: 'version',
    });
    expect(append(opened(), { kind: 'addendum', addendum: { facts: ' ', interpretation: '' } }, ans, '2025-10-14T19:00:00Z')).toMatchObject({ code: 'SAFEGUARDING.ADDENDUM_EMPTY' });
    // Instants are compared as moments, whatever their written precision (toISOString adds milliseconds).
    expect(append(opened(), { kind: 'addendum', addendum: { facts: 'x' } }, ans, '2025-10-14T18:05:00.500Z').ok).toBe(true);
    expect(append(opened(), { kind: 'addendum', addendum: { facts: 'x' } }, ans, '2025-10-14T18:04Z')).toMatchObject({ code: 'SAFEGUARDING.ENTRY_BEFORE_PREVIOUS' });
    expect(append(opened(), { kind: 'addendum', addendum: { facts: 'x' } }, ans, '2025-10-14T20:05:00+02:00')).toMatchObject({ code: 'SAFEGUARDING.TIME_INVALID' });
  });

  it('SAF-2: after submitting, the reporter can only append addenda: no acknowledging, classifying or closing', () => {
    const entries = nonAcuteUpTo('acknowledged');
    expect(append(entries, { kind: 'addendum', addendum: { facts: 'Sara missed school today.' } }, ans, '2025-10-16T10:00:00Z').ok).toBe(true);
    for (const body of [{ kind: 'signalsMapped', summary: 'x' }, { kind: 'classified', categories: ['neglect'] }, { kind: 'closed', reason: 'x' }] as const) {
      expect(append(entries, body, ans, '2025-10-16T10:00:00Z')).toEqual({ ok: false, code: 'SAFEGUARDING.NOT_ALLOWED', field: 'by' });
    }
    expect(append(nonAcuteUpTo('acknowledged'), { kind: 'addendum', addendum: { facts: 'x' } }, { personId: 'v-other', role: 'volunteer' }, '2025-10-16T10:00:00Z')).toMatchObject({
      code: 'SAFEGUARDING.NOT_ALLOWED',
    });
  });

  it('only the case team works the concern: a coordinator not assigned or alerted may not; a lead may', () => {
    const entries = nonAcuteUpTo('acknowledged');
    expect(append(entries, { kind: 'signalsMapped', summary: 'x' }, cor, '2025-10-15T09:00:00Z')).toMatchObject({ code: 'SAFEGUARDING.NOT_ALLOWED' });
    expect(append(entries, { kind: 'signalsMapped', summary: 'x' }, karin, '2025-10-15T09:00:00Z').ok).toBe(true);
    expect(append(opened(), { kind: 'acknowledged' }, cor, '2025-10-15T09:00:00Z')).toMatchObject({ code: 'SAFEGUARDING.NOT_ALLOWED' });
    expect(append(entries, { kind: 'acknowledged' }, bea, '2025-10-15T09:00:00Z')).toMatchObject({ code: 'SAFEGUARDING.ALREADY_ACKNOWLEDGED' });
    expect(append(opened(), { kind: 'signalsMapped', summary: 'x' }, system, '2025-10-15T09:00:00Z')).toMatchObject({ code: 'SAFEGUARDING.NOT_ALLOWED' });
  });
});

describe('the non-acute state machine (SAF-6)', () => {
  it('SAF-6: the five Meldcode steps in order, the board before the decision, a follow-up, then closure', () => {
    let entries = nonAcuteUpTo('boardConsulted');
    expect(nextConcernStep(concernState(entries))).toBe('decided');
    entries = add(entries, { kind: 'decided', decision }, bea, '2025-10-21T09:00:00Z');
    entries = add(entries, { kind: 'referred', referral: { to: 'wijkteam Zevenaar', on: '2025-10-21', basis: 'consent of both parents' } }, bea, '2025-10-21T10:00:00Z');
    const followUp = { on: '2025-11-20', q5: { answer: 'yes', rationale: 'The wijkteam visits weekly; no new signals.' }, notes: 'Going well.', nextFollowUpOn: null } as const;
    entries = add(entries, { kind: 'followedUp', followUp }, bea, '2025-11-20T10:00:00Z');
    expect(nextConcernStep(concernState(entries))).toBe('closed');
    entries = add(entries, { kind: 'closed', reason: 'Help in place; lasting safety.' }, bea, '2025-11-20T11:00:00Z');
    const state = concernState(entries);
    expect(state.statusHistory.map((change) => change.to)).toEqual(['submitted', 'acknowledged', 'signalsMapped', 'consulted', 'conversationDone', 'assessed', 'boardConsulted', 'decided', 'followingUp', 'closed']);
    expect(nextConcernStep(state)).toBeNull();
    expect(append(entries, { kind: 'addendum', addendum: { facts: 'x' } }, ans, '2025-11-21T10:00:00Z')).toEqual({ ok: false, code: 'SAFEGUARDING.CONCERN_CLOSED', field: 'status' });
  });

  it('SAF-6: skipping a step is refused, naming the step that is due', () => {
    expect(append(nonAcuteUpTo('acknowledged'), { kind: 'consulted', consultation: { type: 'colleague', who: 'Cor', on: '2025-10-15', identifiableDataShared: true, adviceSummary: 'x' } }, bea, '2025-10-15T09:00:00Z')).toEqual({
      ok: false,
      code: 'SAFEGUARDING.STEP_OUT_OF_ORDER',
      field: 'signalsMapped',
    });
    expect(append(nonAcuteUpTo('consulted'), { kind: 'assessed', answers: helpWithoutReport }, bea, '2025-10-17T09:00:00Z')).toMatchObject({ field: 'conversation' });
    expect(append(nonAcuteUpTo('assessed'), { kind: 'decided', decision }, bea, '2025-10-21T09:00:00Z')).toMatchObject({ code: 'SAFEGUARDING.STEP_OUT_OF_ORDER', field: 'boardConsulted' });
    expect(append(opened(), { kind: 'signalsMapped', summary: 'x' }, karin, '2025-10-15T09:00:00Z')).toMatchObject({ field: 'acknowledged' });
  });

  it('SAF-6: a decided concern is not closed without a follow-up; SAF-15: the decision sets the follow-up date', () => {
    const decided = add(nonAcuteUpTo('boardConsulted'), { kind: 'decided', decision }, bea, '2025-10-21T09:00:00Z');
    expect(append(decided, { kind: 'closed', reason: 'x' }, bea, '2025-10-22T09:00:00Z')).toEqual({ ok: false, code: 'SAFEGUARDING.STEP_OUT_OF_ORDER', field: 'followedUp' });
    expect(append(nonAcuteUpTo('boardConsulted'), { kind: 'decided', decision: { ...decision, followUpOn: null } }, bea, '2025-10-21T09:00:00Z')).toEqual({
      ok: false,
      code: 'SAFEGUARDING.FOLLOW_UP_DATE_REQUIRED',
      field: 'followUpOn',
    });
    expect(append(nonAcuteUpTo('boardConsulted'), { kind: 'decided', decision: { ...decision, followUpOn: '2026-03-01' } }, bea, '2025-10-21T09:00:00Z')).toMatchObject({
      code: 'SAFEGUARDING.FOLLOW_UP_DATE_INVALID',
    });
  });

  it('SAF-14: Veilig Thuis may be consulted anonymously, without identifiable data; more consultations may follow', () => {
    const anonymous = { type: 'veiligThuisAdvice', who: 'Veilig Thuis Gelderland-Midden', on: '2025-10-16', identifiableDataShared: false, adviceSummary: 'Talk with the parents first.' } as const;
    const entries = add(nonAcuteUpTo('signalsMapped'), { kind: 'consulted', consultation: anonymous }, bea, '2025-10-16T09:00:00Z');
    const state = concernState(add(entries, { kind: 'consulted', consultation: { ...anonymous, type: 'colleague', who: 'Cor', identifiableDataShared: true } }, bea, '2025-10-16T10:00:00Z'));
    expect(state.status).toBe('consulted');
    expect(state.consultations.map((item) => [item.type, item.identifiableDataShared])).toEqual([
      ['veiligThuisAdvice', false],
      ['colleague', true],
    ]);
  });
});

describe('step 3: the conversation (SAF-8)', () => {
  const base = (): ConcernEntry[] => nonAcuteUpTo('consulted');

  it('SAF-8: the conversation with the parents is never held by the volunteer alone', () => {
    const alone = { with: ['parents'], on: '2025-10-17', heldBy: [{ name: 'Ans', role: 'volunteer' }], summary: 'x' } as const;
    expect(append(base(), { kind: 'conversationHeld', conversation: alone }, bea, '2025-10-17T15:00:00Z')).toEqual({
      ok: false,
      code: 'SAFEGUARDING.CONVERSATION_NOT_BY_VOLUNTEER_ALONE',
      field: 'conversation.heldBy',
    });
    const together = { ...alone, heldBy: [{ name: 'Ans', role: 'volunteer' }, { name: 'Bea', role: 'coordinator' }] } as const;
    expect(append(base(), { kind: 'conversationHeld', conversation: together }, bea, '2025-10-17T15:00:00Z').ok).toBe(true);
  });

  it('SAF-8: it may be skipped when it would endanger the child, with the reason recorded', () => {
    const state = concernState(add(base(), { kind: 'conversationSkipped', reason: 'safetyOfChild', explanation: 'Father may punish Sara for telling.' }, bea, '2025-10-17T15:00:00Z'));
    expect(state.status).toBe('conversationDone');
    expect(state.conversation).toEqual({ skipped: { reason: 'safetyOfChild', explanation: 'Father may punish Sara for telling.' } });
    expect(append(base(), { kind: 'conversationSkipped', reason: 'safetyOfChild', explanation: ' ' }, bea, '2025-10-17T15:00:00Z')).toEqual({
      ok: false,
      code: 'SAFEGUARDING.REASON_REQUIRED',
      field: 'explanation',
    });
  });
});

describe('informing the parents of a report (SAF-9)', () => {
  const report = { type: 'veiligThuisReport', contactedAt: '2025-10-21T10:00:00Z', contactedBy: 'Bea', reference: 'VT-2025-1234', summaryShared: 'The bruise, the account, the conversation.' } as const;
  const decided = () => add(nonAcuteUpTo('boardConsulted'), { kind: 'decided', decision }, bea, '2025-10-21T09:00:00Z');

  it('SAF-9: a Veilig Thuis report records whether the parents were told', () => {
    expect(append(decided(), { kind: 'authorityContacted', contact: report }, bea, '2025-10-21T10:05:00Z')).toEqual({
      ok: false,
      code: 'SAFEGUARDING.PARENTS_INFORMED_REQUIRED',
      field: 'contact.parentsInformed',
    });
    expect(append(decided(), { kind: 'authorityContacted', contact: { ...report, parentsInformed: { informed: true, on: '2025-10-21' } } }, bea, '2025-10-21T10:05:00Z').ok).toBe(true);
  });

  it('SAF-9: not telling them is allowed with a reason such as the safety of the child, explained', () => {
    const notTold = { informed: false, reason: 'safetyOfChild', explanation: 'Veilig Thuis will visit first; telling father now puts Sara at risk.' } as const;
    expect(append(decided(), { kind: 'authorityContacted', contact: { ...report, parentsInformed: notTold } }, bea, '2025-10-21T10:05:00Z').ok).toBe(true);
    expect(append(decided(), { kind: 'authorityContacted', contact: { ...report, parentsInformed: { ...notTold, explanation: '' } } }, bea, '2025-10-21T10:05:00Z')).toMatchObject({
      code: 'SAFEGUARDING.REASON_REQUIRED',
    });
  });
});
