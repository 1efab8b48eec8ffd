/**
 * SAF-15: the time targets of a concern as the programme's settings, with the targets still open at
 * a moment and whether each is overdue. Minutes on the acute path (SAF-3, SAF-4), working days
 * otherwise; public holidays are input.
 */
import { addDays, addWorkingDays, type IsoDate } from '../calendar/index.js';
import { amsterdamDateOf, amsterdamInstant, epochMsOf, utcInstant, type UtcInstant } from '../schedule/amsterdam.js';
import { acuteGateOpen, type ConcernNextStep } from './record.js';
import type { SafeguardingSettings } from './settings.js';
import type { ConcernState, ConcernStatus } from './types.js';

const MS_PER_MINUTE = 60_000;

/**
 * One open target: `acknowledgement` (SAF-15; minutes when acute, SAF-3), `authorityContact` (acute:
 * 112 or Veilig Thuis, SAF-4), `nextStep` (the Meldcode step due next, `step`), `decision` (SAF-15,
 * from the report), `veiligThuisReport` (a decided report, or a new one after a follow-up without
 * lasting safety, SAF-7), `followUp` (the review date set at the decision, SAF-15).
 */
export interface ConcernTimer {
  readonly kind: 'acknowledgement' | 'authorityContact' | 'nextStep' | 'decision' | 'veiligThuisReport' | 'followUp';
  readonly step?: ConcernNextStep;
  /** The last day (Amsterdam) for day targets; `null` for minute targets. */
  readonly dueOn: IsoDate | null;
  /** The moment it becomes overdue: the minute, or the start of the day after `dueOn`. */
  readonly dueAt: UtcInstant;
  readonly overdue: boolean;
}

export interface ConcernTimers {
  /** Open targets, earliest due first. */
  readonly open: readonly ConcernTimer[];
  /** Any open target overdue. */
  readonly overdue: boolean;
  /** SAF-15: recorded later than `recordWithinDays` after it was seen (the same day by default). */
  readonly recordedLate: boolean;
}

const STEP_STATUSES: readonly ConcernStatus[] = ['acknowledged', 'signalsMapped', 'consulted', 'conversationDone', 'assessed'];
const NEXT_AFTER: Partial<Record<ConcernStatus, ConcernNextStep>> = {
  acknowledged: 'signalsMapped',
  signalsMapped: 'consulted',
  consulted: 'conversation',
  conversationDone: 'assessed',
  assessed: 'boardConsulted',
};

/**
 * The open time targets of a concern at `now` (SAF-15), each with its due moment and whether it is
 * overdue, and whether it was recorded late. A closed concern has none. `holidays` are the public
 * holidays not counted as working days.
 */
export function concernTimers(state: ConcernState, settings: SafeguardingSettings, now: UtcInstant, holidays: readonly IsoDate[] = []): ConcernTimers {
  const nowMs = epochMsOf(now);
  const reportedOn = amsterdamDateOf(state.reportedAt);
  const recordedLate = reportedOn > addDays(state.observedOn, settings.recordWithinDays);
  if (state.status === 'closed') return { open: [], overdue: false, recordedLate };
  const open: ConcernTimer[] = [];
  const byMinutes = (kind: ConcernTimer['kind'], from: UtcInstant, minutes: number): void => {
    const dueMs = epochMsOf(from) + minutes * MS_PER_MINUTE;
    open.push({ kind, dueOn: null, dueAt: utcInstant(dueMs), overdue: nowMs >= dueMs });
  };
  const byDay = (kind: ConcernTimer['kind'], dueOn: IsoDate, step?: ConcernNextStep): void => {
    const dueAt = amsterdamInstant(addDays(dueOn, 1), '00:00');
    open.push({ kind, ...(step ? { step } : {}), dueOn, dueAt, overdue: nowMs >= epochMsOf(dueAt) });
  };
  const acuteSince = state.acuteDanger ? (state.acuteSince ?? state.reportedAt) : null;
  if (!state.acknowledgement) {
    if (acuteSince) byMinutes('acknowledgement', acuteSince, settings.acuteAcknowledgeMinutes);
    else byDay('acknowledgement', addWorkingDays(reportedOn, settings.acknowledgeWithinWorkingDays, holidays));
  }
  if (acuteSince && !acuteGateOpen(state)) byMinutes('authorityContact', acuteSince, settings.acuteAuthorityContactMinutes);
  if (!state.decision) {
    byDay('decision', addWorkingDays(reportedOn, settings.decideWithinWorkingDays, holidays));
    const step = NEXT_AFTER[state.status];
    const lastChange = state.statusHistory.at(-1);
    if (step && lastChange && STEP_STATUSES.includes(state.status)) {
      byDay('nextStep', addWorkingDays(amsterdamDateOf(lastChange.at), settings.stepWithinWorkingDays, holidays), step);
    }
  } else {
    const reports = state.authorityContacts.filter((contact) => contact.type === 'veiligThuisReport');
    const lastFollowUp = state.followUps.at(-1);
    if (lastFollowUp?.q5.answer === 'no' && !reports.some((contact) => epochMsOf(contact.contactedAt) >= epochMsOf(lastFollowUp.at))) {
      byDay('veiligThuisReport', addWorkingDays(amsterdamDateOf(lastFollowUp.at), settings.reportWithinWorkingDays, holidays));
    } else if (state.decision.outcomes.includes('reportVeiligThuis') && reports.length === 0) {
      byDay('veiligThuisReport', addWorkingDays(amsterdamDateOf(state.decision.at), settings.reportWithinWorkingDays, holidays));
    }
    const reviewOn = lastFollowUp ? lastFollowUp.nextFollowUpOn : state.decision.followUpOn;
    if (reviewOn) byDay('followUp', reviewOn);
  }
  open.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
  return { open, overdue: open.some((timer) => timer.overdue), recordedLate };
}
