/**
 * SAF-3: who is alerted about a concern, and when the alert goes to the next person. In acute danger
 * the coordinator and a deputy (or the lead) are alerted at once, out of band; when nobody
 * acknowledges within `acuteAcknowledgeMinutes` the next person in line is alerted, and so on. The
 * domain decides who and when; the api sends (and records each alert as an `alertSent` entry).
 */
import { epochMsOf, utcInstant, type UtcInstant } from '../schedule/amsterdam.js';
import type { SafeguardingRoles } from './roles.js';
import type { SafeguardingSettings } from './settings.js';
import type { ConcernState } from './types.js';

const MS_PER_MINUTE = 60_000;

/**
 * Who is alerted, in order, each once: the coordinators assigned to the case (else those of the
 * pupil's programme), then the deputies, then the safeguarding leads, then the further escalation
 * contacts. For a concern about a volunteer or staff member the leads come first (SAF-11: "the case
 * goes to the board safeguarding lead"), then the deputies and escalation contacts, and no
 * coordinator. The person the concern is about is never in the line.
 */
export function alertChain(
  concern: Pick<ConcernState, 'assignedCoordinatorIds' | 'subject'>,
  roles: SafeguardingRoles,
  programmeCoordinatorIds: readonly string[],
): readonly string[] {
  const coordinators = concern.assignedCoordinatorIds.length > 0 ? concern.assignedCoordinatorIds : programmeCoordinatorIds;
  const ids = (holders: SafeguardingRoles['leads'] | undefined): string[] => (holders ?? []).map((holder) => holder.personId);
  const ordered =
    concern.subject.type === 'staffOrVolunteer'
      ? [...ids(roles.leads), ...ids(roles.deputies), ...ids(roles.escalation)]
      : [...coordinators, ...ids(roles.deputies), ...ids(roles.leads), ...ids(roles.escalation)];
  const excluded = concern.subject.personId;
  return [...new Set(ordered)].filter((id) => id !== '' && id !== excluded);
}

/**
 * What to do about alerts now, as data:
 *
 * - `alert`: send to these people now (`because`: the concern came in, or nobody acknowledged in
 *   time), then record each as an `alertSent` entry;
 * - `wait`: nothing now; look again at `until` (`null`: no escalation by the minute, the SAF-15
 *   acknowledgement target applies instead — a concern that is not acute);
 * - `acknowledged`: someone took it up; no more alerts;
 * - `exhausted`: everybody in line was alerted and nobody acknowledged; the api raises the alarm its
 *   own way (and the reporter was told to call 112 or Veilig Thuis themselves, SAF-3 (1)).
 */
export type AlertDecision =
  | { readonly kind: 'alert'; readonly recipients: readonly string[]; readonly because: 'reported' | 'notAcknowledged' }
  | { readonly kind: 'wait'; readonly until: UtcInstant | null }
  | { readonly kind: 'acknowledged'; readonly by: string; readonly at: UtcInstant }
  | { readonly kind: 'exhausted'; readonly since: UtcInstant };

/**
 * SAF-3: the alerts a concern needs at `now`, given who is in line (`alertChain`). A concern that
 * is not acute alerts the first person in line once and then waits for the acknowledgement target.
 * An acute one (counted from the moment it became acute) alerts the first two in line at once — the
 * coordinator and a deputy or lead, SAF-3 (2) — and every `acuteAcknowledgeMinutes` without an
 * acknowledgement the next person not yet alerted, SAF-3 (3). Once nobody is left, `exhausted`.
 */
export function alertDecision(
  concern: Pick<ConcernState, 'acuteDanger' | 'acuteSince' | 'alerts' | 'acknowledgement' | 'closure'>,
  chain: readonly string[],
  settings: Pick<SafeguardingSettings, 'acuteAcknowledgeMinutes'>,
  now: UtcInstant,
): AlertDecision {
  if (concern.acknowledgement) return { kind: 'acknowledged', by: concern.acknowledgement.by.personId, at: concern.acknowledgement.at };
  if (concern.closure) return { kind: 'wait', until: null };
  const since = concern.acuteDanger ? concern.acuteSince : null;
  const sinceMs = since === null ? null : epochMsOf(since);
  const counted = sinceMs === null ? concern.alerts : concern.alerts.filter((alert) => epochMsOf(alert.at) >= sinceMs);
  const alerted = new Set(counted.map((alert) => alert.recipientId));
  const waiting = chain.filter((id) => !alerted.has(id));
  if (counted.length === 0) {
    const first = chain.slice(0, concern.acuteDanger ? 2 : 1);
    return first.length > 0 ? { kind: 'alert', recipients: first, because: 'reported' } : { kind: 'exhausted', since: since ?? now };
  }
  if (!concern.acuteDanger) return { kind: 'wait', until: null };
  const lastAlertMs = Math.max(...counted.map((alert) => epochMsOf(alert.at)));
  const escalateAtMs = lastAlertMs + settings.acuteAcknowledgeMinutes * MS_PER_MINUTE;
  if (epochMsOf(now) < escalateAtMs) return { kind: 'wait', until: utcInstant(escalateAtMs) };
  const [next] = waiting;
  if (next === undefined) return { kind: 'exhausted', since: utcInstant(escalateAtMs) };
  return { kind: 'alert', recipients: [next], because: 'notAcknowledged' };
}
