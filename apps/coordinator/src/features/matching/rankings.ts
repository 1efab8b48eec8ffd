/**
 * A speed-meeting ranking as the form edits it: everyone the person may rank, the chosen ones
 * first in order of preference, then the others. Pure, so the moves are tested without a browser.
 */
export type RankEntry = { id: string; included: boolean };

/** The saved ranking first (only ids still on the board), then everyone else, not included. */
export function initialRanking(saved: readonly string[] | undefined, everyone: readonly string[]): RankEntry[] {
  const known = (saved ?? []).filter((id, index, all) => everyone.includes(id) && all.indexOf(id) === index);
  return [...known.map((id) => ({ id, included: true })), ...everyone.filter((id) => !known.includes(id)).map((id) => ({ id, included: false }))];
}

/** Moves an included entry one place up (-1) or down (+1) among the included ones. */
export function move(entries: readonly RankEntry[], id: string, by: -1 | 1): RankEntry[] {
  const index = entries.findIndex((e) => e.id === id);
  const target = index + by;
  if (index < 0 || !entries[index]!.included || target < 0 || target >= entries.length || !entries[target]!.included) return [...entries];
  const next = [...entries];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Includes (at the end of the chosen ones) or leaves out (first of the others) an entry. */
export function setIncluded(entries: readonly RankEntry[], id: string, included: boolean): RankEntry[] {
  const entry = entries.find((e) => e.id === id);
  if (!entry || entry.included === included) return [...entries];
  const rest = entries.filter((e) => e.id !== id);
  const chosen = rest.filter((e) => e.included);
  const others = rest.filter((e) => !e.included);
  return [...chosen, { id, included }, ...others];
}

/** The ranking as the api wants it: the included ids in order. */
export function rankingOf(entries: readonly RankEntry[]): string[] {
  return entries.filter((e) => e.included).map((e) => e.id);
}

/** 1-based place among the included, or null. */
export function placeOf(entries: readonly RankEntry[], id: string): number | null {
  const index = rankingOf(entries).indexOf(id);
  return index < 0 ? null : index + 1;
}
