/**
 * Example concerns for the tests beside this folder (not exported by `index.ts`). School's cool:
 * Ans visits Sara at home on Tuesday evenings; Bea is the coordinator; Karin the board's
 * safeguarding lead, Dirk her deputy, Els a further board member. Settings are written out, so a
 * change of the defaults cannot move the tests.
 */
import type { Result } from '../result.js';
import { appendConcernEntry } from './record.js';
import { openConcern } from './report.js';
import type { SafeguardingRoles } from './roles.js';
import type { SafeguardingSettings } from './settings.js';
import type { ConcernEntry, ConcernEntryBody, ConcernReport, SafeguardingActor } from './types.js';

export const settings: SafeguardingSettings = {
  acuteAcknowledgeMinutes: 15,
  acuteAuthorityContactMinutes: 60,
  recordWithinDays: 0,
  acknowledgeWithinWorkingDays: 1,
  stepWithinWorkingDays: 2,
  decideWithinWorkingDays: 5,
  reportWithinWorkingDays: 1,
  maxFollowUpDays: 90,
};

export const ans: SafeguardingActor = { personId: 'v-ans', role: 'volunteer' };
export const bea: SafeguardingActor = { personId: 'c-bea', role: 'coordinator' };
export const cor: SafeguardingActor = { personId: 'c-cor', role: 'coordinator' };
export const karin: SafeguardingActor = { personId: 'lead-karin', role: 'safeguardingLead' };
export const system: SafeguardingActor = { personId: 'system', role: 'system' };

export const roles: SafeguardingRoles = {
  leads: [{ personId: 'lead-karin', name: 'Karin' }],
  deputies: [{ personId: 'deputy-dirk', name: 'Dirk' }],
  escalation: [{ personId: 'board-els', name: 'Els' }],
};

/** Tuesday 14 October 2025, 20:05 in Amsterdam (CEST), after the home visit. */
export const REPORTED_AT = '2025-10-14T18:05:00Z';

/** A non-acute report: what Ans saw, with the child's words, and her worry kept apart. */
export function report(overrides: Partial<ConcernReport> = {}): ConcernReport {
  return {
    pupilId: 'pupil-sara',
    matchId: 'match-1',
    facts: 'Sara had a bruise on her left upper arm. She said: "I fell off my bike."',
    observedOn: '2025-10-14',
    observedTime: '19:30',
    context: 'home visit',
    acuteDanger: false,
    disclosure: false,
    sources: [{ kind: 'ownObservation' }],
    interpretation: 'The bruise looked like a hand grip to me.',
    ...overrides,
  };
}

/** The value of an accepted result; a refusal fails the test with its code. */
export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.code}${result.field ? ` on ${result.field}` : ''}`);
  return result.value;
}

/** The report as stored: version 1, by Ans. */
export function opened(overrides: Partial<ConcernReport> = {}, id = 'concern-1', at = REPORTED_AT, by: SafeguardingActor = ans): ConcernEntry[] {
  return [ok(openConcern({ concernId: id, report: report(overrides), reporter: { actor: by, matchedToPupil: true }, at }))];
}

/** Appends an entry that must be accepted. */
export function add(entries: readonly ConcernEntry[], body: ConcernEntryBody, by: SafeguardingActor, at: string): ConcernEntry[] {
  return [...entries, ok(appendConcernEntry(entries, { body, by, at }, settings)).entry];
}

/** The answers of a help-without-report case: suspicion, no acute or structural unsafety, help possible and accepted. */
export const helpWithoutReport = {
  q1: { answer: 'yes', rationale: 'A grip-shaped bruise and an account that does not fit it.' },
  q2: { answer: 'no', rationale: 'A first signal; no earlier signals; Sara is not afraid to go home.' },
  q3: { answer: 'yes', rationale: 'The wijkteam can support the parents with parenting stress.' },
  q4: { answer: 'yes', rationale: 'Both parents agreed in the conversation to see the wijkteam.' },
} as const;

/**
 * The non-acute path up to a status, one step a working day from Wednesday 15 October: alert,
 * acknowledgement, signals, consultation, conversation, assessment, board.
 */
export function nonAcuteUpTo(last: 'acknowledged' | 'signalsMapped' | 'consulted' | 'conversationDone' | 'assessed' | 'boardConsulted'): ConcernEntry[] {
  let entries = opened();
  entries = add(entries, { kind: 'alertSent', recipientId: bea.personId }, system, '2025-10-14T18:06:00Z');
  entries = add(entries, { kind: 'acknowledged' }, bea, '2025-10-15T07:30:00Z');
  if (last === 'acknowledged') return entries;
  entries = add(entries, { kind: 'signalsMapped', summary: 'A bruise on the upper arm; an account that does not fit; no earlier signals.' }, bea, '2025-10-15T08:00:00Z');
  if (last === 'signalsMapped') return entries;
  const consultation = { type: 'aandachtsfunctionaris', who: 'Karin', on: '2025-10-16', identifiableDataShared: true, adviceSummary: 'Talk with the parents, then weigh.' } as const;
  entries = add(entries, { kind: 'consulted', consultation }, bea, '2025-10-16T09:00:00Z');
  if (last === 'consulted') return entries;
  const conversation = { with: ['parents'], on: '2025-10-17', heldBy: [{ name: 'Bea', role: 'coordinator' }], summary: 'The parents are tired and stressed; father grabbed her arm once.' } as const;
  entries = add(entries, { kind: 'conversationHeld', conversation }, bea, '2025-10-17T15:00:00Z');
  if (last === 'conversationDone') return entries;
  entries = add(entries, { kind: 'assessed', answers: helpWithoutReport }, bea, '2025-10-20T09:00:00Z');
  if (last === 'assessed') return entries;
  return add(entries, { kind: 'boardConsulted', participants: ['Bea', 'Karin'], summary: 'Agree: organise help via the wijkteam.' }, bea, '2025-10-20T12:00:00Z');
}
