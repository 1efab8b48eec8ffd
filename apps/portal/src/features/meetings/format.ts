import { useTranslation } from 'react-i18next';
import type { ScheduledMeeting } from '../../api-types.js';
import { amsterdamDateOf } from '@driehoek/domain/schedule';

/**
 * Dates and times of meetings in the page's language, with `Intl`. The api gives Amsterdam
 * local dates and times ("2024-12-03", "15:30"); they are formatted as they are (in UTC, so the
 * phone's own time zone cannot move them to another day or hour).
 */
function instant(date: string, time = '00:00'): Date | null {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  if (!y || !m || !d) return null;
  return new Date(Date.UTC(y, m - 1, d, h ?? 0, min ?? 0));
}

export function useMeetingText() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const day = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const hour = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  return {
    /** "dinsdag 3 december" */
    day: (date: string) => {
      const at = instant(date);
      return at ? day.format(at) : date;
    },
    /** "3 december 2024", for a log's heading. */
    date: (date: string) => {
      const at = instant(date);
      return at ? short.format(at) : date;
    },
    /** "15:30" or "3:30 PM", as the language writes it. */
    time: (date: string, time: string) => {
      const at = instant(date, time);
      return at ? hour.format(at) : time;
    },
    /** "Bij u thuis", "Telefoon"…: the format of a meeting, in words. */
    format: (format: string) => t(`meetings.format.${format}`, { defaultValue: format }),
    /** "60 minuten". */
    minutes: (minutes: number) => t('meetings.minutes', { minutes }),
  };
}

export type Meeting = ScheduledMeeting;

/** Today in Amsterdam, as an ISO date (the page's default for a log's date), by the domain's `amsterdamDateOf` like the coordinator's `todayIso`. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return amsterdamDateOf(now.toISOString());
}
