/**
 * The profile of the participants (Parent'R'US annex 1.3: "het profiel van de deelnemers in termen
 * van geslacht, leeftijd, achtergrond, werkstatus: voor mentorcoördinatoren, mentoren en mentees")
 * and how many of them completed (annex table 1).
 */
import type { IsoDate } from '../calendar/index.js';
import { breakdownOf, count, type Breakdown, type Count } from './measures.js';

/** What a report knows of one person: all optional facts, `null` when not recorded. */
export interface ParticipantFacts {
  readonly id: string;
  /** `female`, `male`, `other`, or the organisation's own word. */
  readonly gender: string | null;
  readonly birthDate: IsoDate | null;
  /** The organisation's own categories (e.g. migration background, "peer parent"); the domain prescribes none. */
  readonly background: string | null;
  /** Annex 1.3 "werkstatus": the organisation's own categories (working, studying, retired …). */
  readonly workStatus: string | null;
}

/** Gender categories always shown, so a table has the same rows in every report. */
export const GENDER_CATEGORIES = ['female', 'male', 'other', 'unknown'] as const;

/** Lower bounds of the age bands of adults (coordinators, volunteers, parent mentees) [D]: 0-17, 18-24, 25-34 … 65+. */
export const ADULT_AGE_BANDS: readonly number[] = [18, 25, 35, 45, 55, 65];
/** Lower bounds of the age bands of pupils [D]: 0-9, 10-11 (the last years of primary school), 12-13, 14-15, 16+. */
export const PUPIL_AGE_BANDS: readonly number[] = [10, 12, 14, 16];

/** The band names for lower bounds, youngest first, then `unknown`: [18, 25] → 0-17, 18-24, 25+, unknown. */
export function ageBandNames(lowerBounds: readonly number[]): readonly string[] {
  const names: string[] = [];
  lowerBounds.forEach((bound, i) => {
    if (i === 0 && bound > 0) names.push(`0-${bound - 1}`);
    const next = lowerBounds[i + 1];
    names.push(next === undefined ? `${bound}+` : `${bound}-${next - 1}`);
  });
  return [...names, 'unknown'];
}

/**
 * For each lower bound, the latest birth date that has reached that age on `on`: someone is at
 * least N on a day exactly when their birth date is not after the same day N years earlier, so
 * comparing ISO strings gives `ageOn`'s answer (a birthday on 29 February counts from 1 March in
 * other years) without parsing a date per person.
 */
const cutoffsOf = (on: IsoDate, lowerBounds: readonly number[]): string[] =>
  lowerBounds.map((bound) => `${String(Number(on.slice(0, 4)) - bound).padStart(4, '0')}${on.slice(4)}`);

function bandOf(birthDate: IsoDate | null, cutoffs: readonly string[], names: readonly string[], offset: number): string {
  if (birthDate === null) return 'unknown';
  let band = -1;
  cutoffs.forEach((cutoff, i) => {
    if (birthDate <= cutoff) band = i;
  });
  return names[band + offset] ?? names[0]!;
}

/** The band of someone's age on a day (as `ageOn` counts it); `unknown` without a birth date. */
export function ageBandOf(birthDate: IsoDate | null, on: IsoDate, lowerBounds: readonly number[]): string {
  return bandOf(birthDate, cutoffsOf(on, lowerBounds), ageBandNames(lowerBounds), (lowerBounds[0] ?? 0) > 0 ? 1 : 0);
}

/** The profile of one group of participants (coordinators, volunteers or mentees), as numbers. */
export interface ParticipantCounts {
  readonly total: Count;
  /** Took part in a match that completed (annex table 1: "die het proefproject hebben voltooid"). */
  readonly completed: Count;
  readonly gender: Breakdown;
  readonly ageBand: Breakdown;
  readonly background: Breakdown;
  readonly workStatus: Breakdown;
}

const category = (value: string | null): string => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : 'unknown';
};

/**
 * The profile of the people with `ids` (each counted once; an id without facts counts as unknown
 * everywhere): gender (`GENDER_CATEGORIES` and any other word used), age band on `on`, background
 * and work status (the categories used, and `unknown`), and how many of them are in `completedIds`.
 */
export function participantCounts(
  ids: Iterable<string>,
  facts: ReadonlyMap<string, ParticipantFacts>,
  on: IsoDate,
  ageBands: readonly number[],
  completedIds: ReadonlySet<string>,
): ParticipantCounts {
  const people = [...new Set(ids)].map((id) => facts.get(id) ?? { id, gender: null, birthDate: null, background: null, workStatus: null });
  const bandNames = ageBandNames(ageBands);
  const cutoffs = cutoffsOf(on, ageBands);
  const offset = (ageBands[0] ?? 0) > 0 ? 1 : 0;
  const used = (pick: (person: ParticipantFacts) => string): string[] => [...new Set(people.map(pick))].filter((value) => value !== 'unknown').sort();
  return {
    total: count(people.length),
    completed: count(people.filter((person) => completedIds.has(person.id)).length),
    gender: breakdownOf<string>(GENDER_CATEGORIES, people.map((person) => category(person.gender))),
    ageBand: breakdownOf(bandNames, people.map((person) => bandOf(person.birthDate, cutoffs, bandNames, offset))),
    background: breakdownOf([...used((person) => category(person.background)), 'unknown'], people.map((person) => category(person.background))),
    workStatus: breakdownOf([...used((person) => category(person.workStatus)), 'unknown'], people.map((person) => category(person.workStatus))),
  };
}
