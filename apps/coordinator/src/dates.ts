/**
 * Dates as the screening records them: calendar days written `YYYY-MM-DD` (no time zone), and
 * moments (ISO timestamps) for the outbox.
 */
import { amsterdamDateOf } from '@driehoek/domain/schedule';

/**
 * Today where the programmes run (Europe/Amsterdam), `YYYY-MM-DD` as a date input wants it: the
 * coordinator's one "today", the same day the api's `today(clock)` counts, whatever the time zone
 * of this computer (at 23:30 in Amsterdam it is still today, not tomorrow in UTC). The domain's
 * `amsterdamDateOf` does the arithmetic; `now` is the one place the app reads the clock.
 */
export function todayIso(now: Date = new Date()): string {
  return amsterdamDateOf(now.toISOString());
}

/** A calendar day in the reader's language, e.g. "3 mrt 2026" or "3 Mar 2026". */
export function formatDay(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A moment in the reader's language and time zone, e.g. "3 mrt 2026, 14:05". */
export function formatMoment(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The calendar day `days` after (or before) an ISO day: `addDays('2026-03-30', 3)` is `'2026-04-02'`. */
export function addDays(iso: string, days: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return date.toISOString().slice(0, 10);
}

/** A calendar day with its weekday, e.g. "dinsdag 3 maart" or "Tuesday 3 March" (the year when it is not this year's). */
export function formatDayWithWeekday(iso: string | null | undefined, language: string, today: string = todayIso()): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const sameYear = iso.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }), timeZone: 'UTC' }).format(date);
}
