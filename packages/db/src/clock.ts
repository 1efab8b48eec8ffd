/**
 * The one source of "now" for the server, the demo seed and the tests. Everything that needs the
 * time asks a `Clock`; nothing else calls `new Date()` for the current instant. Tests and the
 * clock check in CI fix it with `DRIEHOEK_NOW`, so the outcome is the same at every instant.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock standing at `start` that moves one millisecond forward at every reading: the date and
 * hour stay put for a whole test run (a run begun at 23:59 never crosses midnight), while records
 * made one after another still get increasing timestamps and keep their order.
 */
export function fixedClock(start: Date): Clock {
  if (Number.isNaN(start.getTime())) throw new RangeError('fixedClock needs a valid instant');
  let readings = 0;
  return { now: () => new Date(start.getTime() + readings++) };
}

/**
 * An instant with an explicit offset or `Z` (`2026-12-06T23:30:00+01:00`): a bare local time
 * would mean a different instant on every machine.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses a `DRIEHOEK_NOW` value; throws a message naming the variable when it is not an instant. */
export function parseInstant(value: string, name = 'DRIEHOEK_NOW'): Date {
  const instant = new Date(value);
  if (!INSTANT.test(value) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${name} must be an instant with an offset, such as 2026-12-06T23:30:00+01:00 (got "${value}")`);
  }
  return instant;
}

/** The clock for a process: fixed at `DRIEHOEK_NOW` when it is set, the system's otherwise. */
export function clockFromEnvironment(value: string | undefined): Clock {
  return value ? fixedClock(parseInstant(value)) : systemClock;
}

let stampClock: Clock = systemClock;

/**
 * Sets the clock that stamps `createdAt`/`updatedAt` on new records. `openDatabase` calls it, so
 * records carry the same "now" as the rules that read them (a process opens one database).
 */
export function useStampClock(clock: Clock): void {
  stampClock = clock;
}

/** The instant a record is stamped with: the entity definitions' `onCreate` default. */
export const stampNow = (): Date => stampClock.now();
