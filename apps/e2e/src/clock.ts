/**
 * The instant the browser tests run at. With `DRIEHOEK_NOW` set (CI runs the suite at a list of
 * awkward instants) the server and every browser context share it; otherwise it is the real now.
 * Tests write dates relative to it, never as literals, so they pass on every day.
 */
export const NOW = process.env.DRIEHOEK_NOW ? new Date(process.env.DRIEHOEK_NOW) : new Date();

/** `YYYY-MM-DD` of an instant in Amsterdam. */
export const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A birth date for someone `years` years and a few months old at `NOW` (never a birthday edge). */
export function birthDateForAge(years: number): string {
  const [y, m] = amsterdamDate.format(NOW).split('-').map(Number) as [number, number];
  const month = ((m + 12 - 4) % 12) + 1; // four months back
  return `${y - years - (month > m ? 1 : 0)}-${String(month).padStart(2, '0')}-15`;
}
