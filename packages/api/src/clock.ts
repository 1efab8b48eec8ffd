import type { IsoDate } from '@driehoek/domain/calendar';

/** The time source. Injected so tests can fix "today"; the domain never reads a clock itself. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date where the programmes run (Europe/Amsterdam), as `YYYY-MM-DD`. */
export function today(clock: Clock): IsoDate {
  return amsterdamDate.format(clock.now());
}
