/**
 * The programme the form shows, and so sends, once the open programmes are known. A draft
 * restored after a reload names its programme before the select has options to show it, and it
 * may name one that has closed since: then the applicant is asked again (or given the only open
 * one), never sent a programme the screen does not show.
 */
export function programmeToShow(chosen: string | undefined, openIds: readonly string[]): string {
  if (chosen && openIds.includes(chosen)) return chosen;
  return openIds.length === 1 ? openIds[0]! : '';
}
