import type { TFunction } from 'i18next';
import { formatDay } from '../../dates';
import { ATTENTION_KINDS } from '../matches/running/vocabulary';
import type { AttentionItem } from '../../api-types';

/** One reason as the api sends it: the domain's reason as data (`{ kind: 'checkInOverdue', dueOn, … }`), typed per kind. */
export type AttentionReason = AttentionItem['reason'];
/** A reason of a kind this app does not know yet (a newer server than the page): worded in general. */
type AnyReason = AttentionReason | { readonly kind: string };

const dateOf = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const numberOf = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const datesOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function isKnownKind(kind: string): kind is (typeof ATTENTION_KINDS)[number] {
  return (ATTENTION_KINDS as readonly string[]).includes(kind);
}

const isKnown = (reason: AnyReason): reason is AttentionReason => isKnownKind(reason.kind);

/**
 * A reason in plain words, with its dates in the reader's language: "Contactmoment 3 dagen te
 * laat (gepland op 2 mrt 2026). Laatste contactmoment: 12 feb 2026." A kind the app does not
 * know yet gets a general sentence, never the code.
 */
export function attentionText(t: TFunction, language: string, reason: AnyReason): string {
  const day = (value: unknown) => formatDay(dateOf(value), language);
  const days = (value: unknown) => datesOf(value).map((d) => formatDay(d, language)).join(', ');
  const lastCheckIn = (value: unknown) =>
    dateOf(value) ? t('attention.lastCheckIn', { date: day(value) }) : t('attention.noCheckInYet');
  if (!isKnown(reason)) return t('attention.unknown');
  switch (reason.kind) {
    case 'volunteerWantsToTalk':
      return t('attention.volunteerWantsToTalk', { dates: days(reason.requestedOn), count: datesOf(reason.requestedOn).length });
    case 'checkInOverdue':
      return `${t('attention.checkInOverdue', { count: numberOf(reason.daysOverdue), date: day(reason.dueOn) })} ${lastCheckIn(reason.lastCheckInOn)}`;
    case 'noRecentMeeting':
      return `${t('attention.noRecentMeeting', { count: numberOf(reason.daysWithoutMeeting), allowed: numberOf(reason.allowedDays) })} ${
        dateOf(reason.lastMeetingOn) ? t('attention.lastMeeting', { date: day(reason.lastMeetingOn) }) : t('attention.noMeetingYet')
      }`;
    case 'meetingsNotLogged':
      return t('attention.meetingsNotLogged', { count: datesOf(reason.meetings).length, dates: days(reason.meetings) });
    case 'pastPlannedEnd':
      return t('attention.pastPlannedEnd', { count: numberOf(reason.daysPast), date: day(reason.plannedEnd) });
    case 'confirmationDue':
      return t('attention.confirmationDue', { date: day(reason.gettingToKnowUntil) });
    case 'checkInDue':
      return `${t('attention.checkInDue', { date: day(reason.dueOn) })} ${lastCheckIn(reason.lastCheckInOn)}`;
    case 'nearPlannedEnd':
      return t('attention.nearPlannedEnd', { count: numberOf(reason.daysLeft), date: day(reason.plannedEnd) });
    case 'gettingToKnow':
      return t('attention.gettingToKnow', { count: numberOf(reason.daysLeft), date: day(reason.until) });
    case 'matchSuspended':
      return t('attention.matchSuspended', { count: numberOf(reason.days), date: day(reason.since) });
  }
}

/** The short title of a reason ("Wil je spreken", "Contactmoment te laat"), for the line's label. */
export function attentionTitleKey(kind: string): string {
  return isKnownKind(kind) ? `attentionTitle.${kind}` : 'attentionTitle.unknown';
}
