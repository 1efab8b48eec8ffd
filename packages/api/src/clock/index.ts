import type { IsoDate } from '@driehoek/domain/calendar';
import type { Clock } from '@driehoek/db';

export { systemClock, fixedClock, clockFromEnvironment, type Clock } from '@driehoek/db';

const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date of an instant where the programmes run (Europe/Amsterdam), as `YYYY-MM-DD`. */
export function amsterdamDateOf(instant: Date): IsoDate {
  return amsterdamDate.format(instant);
}

/** Today's calendar date where the programmes run (Europe/Amsterdam): the one "today" of the api. */
export function today(clock: Clock): IsoDate {
  return amsterdamDateOf(clock.now());
}
