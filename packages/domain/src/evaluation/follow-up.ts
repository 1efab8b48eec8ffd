/**
 * Questionnaires to follow up on *Vandaag* (DOMAIN.md §7): of the invitations sent, those still
 * unanswered while they can be answered. The same dates as the evaluation job decide: an
 * invitation is open from `sendOn` until `expiresOn` (`invitationStatus`); it is **due** while the
 * respondent still has the reminder ahead, and **overdue** from the reminder's day (the reminder
 * went out and still no answer). Without a reminder it is overdue in the last week before it
 * expires. Answered, expired or not yet sent: nothing to follow up.
 */
import { addDays, compareDates, type IsoDate } from '../calendar/index.js';
import { invitationStatus } from './schedule.js';

/** Without a reminder, an open invitation counts as overdue this many days before it expires. */
export const OVERDUE_WITHOUT_REMINDER_DAYS = 7;

export type QuestionnaireUrgency = 'due' | 'overdue';

/** What follow-up needs of a stored invitation. */
export interface InvitationToFollowUp {
  readonly sendOn: IsoDate;
  /** `null` (or absent): no reminder. */
  readonly remindOn?: IsoDate | null | undefined;
  readonly expiresOn: IsoDate;
  readonly answeredOn?: IsoDate | null | undefined;
}

/** The day an open invitation becomes overdue: the reminder's day, else a week before it expires (never before it is sent). */
export function overdueFrom(invitation: Pick<InvitationToFollowUp, 'sendOn' | 'remindOn' | 'expiresOn'>): IsoDate {
  const day = invitation.remindOn ?? addDays(invitation.expiresOn, -OVERDUE_WITHOUT_REMINDER_DAYS);
  return compareDates(day, invitation.sendOn) < 0 ? invitation.sendOn : day;
}

/** `due`, `overdue`, or `null` when there is nothing to follow up today (answered, not yet sent, expired). */
export function questionnaireUrgency(invitation: InvitationToFollowUp, today: IsoDate): QuestionnaireUrgency | null {
  if (invitationStatus(invitation, (invitation.answeredOn ?? null) !== null, today) !== 'open') return null;
  return compareDates(today, overdueFrom(invitation)) >= 0 ? 'overdue' : 'due';
}

export interface QuestionnaireToFollowUp<T> {
  readonly invitation: T;
  readonly urgency: QuestionnaireUrgency;
  /** The last day it can be answered (the day before `expiresOn`). */
  readonly lastDay: IsoDate;
}

/** The invitations to follow up today, overdue first, then by the last day to answer (soonest first). */
export function questionnairesToFollowUp<T extends InvitationToFollowUp>(invitations: readonly T[], today: IsoDate): QuestionnaireToFollowUp<T>[] {
  const rank = { overdue: 0, due: 1 } as const;
  return invitations
    .flatMap((invitation) => {
      const urgency = questionnaireUrgency(invitation, today);
      return urgency ? [{ invitation, urgency, lastDay: addDays(invitation.expiresOn, -1) }] : [];
    })
    .sort((a, b) => rank[a.urgency] - rank[b.urgency] || compareDates(a.lastDay, b.lastDay));
}
