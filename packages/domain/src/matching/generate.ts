/**
 * Seeded matching instances for tests and benchmarks: the same seed gives the same instance on
 * every machine. Volunteers and mentees cluster around Dutch cities, with a share spread over the
 * countryside; attributes follow rough proportions, not real data.
 */
import { DAY_PARTS, WEEKDAYS, type AvailabilitySlot, type SpokenLanguage } from '../application/index.js';
import { addDays, type IsoDate } from '../calendar/index.js';
import { DEFAULT_MATCHING_WEIGHTS, type Gender, type MatchCandidateMentee, type MatchCandidateVolunteer, type MatchingSettings } from './types.js';

/**
 * mulberry32: a small, fast deterministic PRNG. Returns a function giving numbers in [0, 1).
 * The domain has no randomness of its own: the seed is always a parameter.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The benchmark sizes of the matching issue. */
export const INSTANCE_KINDS = ['region', 'national', 'stress', 'waitingList'] as const;
/**
 * `region` 200 × 300, `national` 2,500 × 3,200, `stress` 10,000 × 10,000 (volunteers × mentees);
 * `waitingList` 4,860 volunteers (about 7,000 places once the not ready and suspended are left
 * out) for 10,000 pupils: places scarce, about 0.7 × pupils.
 */
export type InstanceKind = (typeof INSTANCE_KINDS)[number];

/** A generated batch: volunteers, waiting mentees, the programme's settings and the day. */
export interface MatchingInstance {
  readonly kind: InstanceKind;
  readonly seed: number;
  readonly volunteers: readonly MatchCandidateVolunteer[];
  readonly mentees: readonly MatchCandidateMentee[];
  readonly settings: MatchingSettings;
  readonly today: IsoDate;
}

/** [lat, lon, weight]: Dutch cities, weighted roughly by population. */
const CITIES: readonly (readonly [number, number, number])[] = [
  [52.37, 4.9, 9], [51.92, 4.48, 7], [52.08, 4.3, 6], [52.09, 5.12, 4], [51.44, 5.47, 3], [53.22, 6.57, 3],
  [51.56, 5.09, 2.5], [52.37, 5.22, 2.5], [51.59, 4.78, 2], [51.84, 5.85, 2], [51.98, 5.91, 2], [52.38, 4.64, 2],
  [52.22, 6.89, 2], [52.16, 5.39, 2], [52.44, 4.81, 1.5], [51.69, 5.3, 1.5], [52.52, 6.08, 1.5], [52.16, 4.49, 1.5],
  [50.85, 5.69, 1.5], [51.81, 4.67, 1.5], [52.21, 5.97, 1.5], [53.2, 5.8, 1.2], [52.25, 6.16, 1], [52.01, 4.36, 1],
  [51.37, 6.17, 1], [50.89, 5.98, 1],
];

interface Shape {
  readonly volunteers: number;
  readonly mentees: number;
  /** Cities used (the first n of CITIES). */
  readonly cities: number;
  /** Spread around a city centre, km (standard deviation). */
  readonly sigmaKm: number;
  /** Share of people spread uniformly over the whole area. */
  readonly rural: number;
  readonly maxDistanceKm: number;
  readonly maxCapacity: number;
}

const SHAPES: Readonly<Record<InstanceKind, Shape>> = {
  region: { volunteers: 200, mentees: 300, cities: 0, sigmaKm: 6, rural: 0.1, maxDistanceKm: 10, maxCapacity: 2 },
  national: { volunteers: 2500, mentees: 3200, cities: CITIES.length, sigmaKm: 6, rural: 0.15, maxDistanceKm: 5, maxCapacity: 2 },
  stress: { volunteers: 10000, mentees: 10000, cities: CITIES.length, sigmaKm: 9, rural: 0.25, maxDistanceKm: 3, maxCapacity: 2 },
  waitingList: { volunteers: 4860, mentees: 10000, cities: CITIES.length, sigmaKm: 6, rural: 0.15, maxDistanceKm: 5, maxCapacity: 2 },
};

const NEEDS = ['math', 'dutch', 'english', 'reading', 'homework', 'planning', 'confidence', 'parenting'];
const EXPERIENCE = ['teaching', 'youthWork', 'parenting', 'coaching'];
const TRAITS = ['sports', 'music', 'gaming', 'student', 'retired', 'creative', 'outdoors'];
const OTHER_LANGUAGES: readonly SpokenLanguage[] = ['ar', 'tr', 'pl', 'ber', 'so', 'ti', 'uk', 'en', 'fr', 'es', 'pap'];
const TODAY: IsoDate = '2025-06-01';

/** Generates one instance. `kind` fixes the sizes; `seed` everything else. */
export function generateInstance(kind: InstanceKind, seed: number): MatchingInstance {
  const shape = SHAPES[kind];
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const some = (list: readonly string[], p: number, min: number): string[] => {
    const out = list.filter(() => rnd() < p);
    while (out.length < min) {
      const tag = pick(list);
      if (!out.includes(tag)) out.push(tag);
    }
    return out;
  };
  const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const cities = shape.cities === 0 ? [[51.98, 5.91, 2], [51.84, 5.85, 2], [52.0, 6.1, 1]] as const : CITIES.slice(0, shape.cities);
  const totalWeight = cities.reduce((sum, c) => sum + c[2], 0);
  const box = shape.cities === 0 ? [51.75, 52.1, 5.7, 6.25] : [51.4, 53.3, 4.2, 6.9];
  const place = (): { lat: number; lon: number } => {
    if (rnd() < shape.rural) return { lat: box[0]! + rnd() * (box[1]! - box[0]!), lon: box[2]! + rnd() * (box[3]! - box[2]!) };
    let x = rnd() * totalWeight;
    let city = cities[0]!;
    for (const c of cities) {
      city = c;
      x -= c[2];
      if (x < 0) break;
    }
    const lat = city[0] + (gaussian() * shape.sigmaKm) / 111.2;
    const lon = city[1] + (gaussian() * shape.sigmaKm) / (111.32 * Math.cos((lat * Math.PI) / 180));
    return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
  };
  const availability = (p: number): AvailabilitySlot[] => {
    const slots: AvailabilitySlot[] = [];
    for (const day of WEEKDAYS) for (const part of DAY_PARTS) if (rnd() < p) slots.push({ day, part });
    if (slots.length === 0) slots.push({ day: pick(WEEKDAYS), part: pick(DAY_PARTS) });
    return slots;
  };
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const width = String(Math.max(shape.volunteers, shape.mentees)).length;

  const volunteers: MatchCandidateVolunteer[] = [];
  for (let i = 0; i < shape.volunteers; i++) {
    const extra = rnd() < 0.25 ? [pick(OTHER_LANGUAGES)] : [];
    const gender: Gender = rnd() < 0.6 ? 'female' : rnd() < 0.95 ? 'male' : 'other';
    volunteers.push({
      id: `v${pad(i, width)}`,
      organisationId: 'org-1',
      programmeId: 'programme-1',
      readyToMatch: rnd() < 0.97,
      suspended: rnd() < 0.01,
      capacity: 1 + Math.floor(rnd() * shape.maxCapacity),
      activeMatches: 0,
      location: place(),
      availability: availability(0.3),
      languages: ['nl', ...extra],
      gender,
      skills: some(NEEDS, 0.3, 1),
      experience: some(EXPERIENCE, 0.2, 0),
      traits: some(TRAITS, 0.25, 0),
      wishes: rnd() < 0.3 ? [pick(NEEDS)] : [],
      peer: rnd() < 0.3,
    });
  }
  const mentees: MatchCandidateMentee[] = [];
  for (let j = 0; j < shape.mentees; j++) {
    const home: SpokenLanguage[] = rnd() < 0.6 ? ['nl'] : [pick(OTHER_LANGUAGES), 'nl'];
    const needed: SpokenLanguage[] = home.length > 1 && rnd() < 0.15 ? [home[0]!] : [];
    const needs = some(NEEDS, 0.2, 1);
    mentees.push({
      id: `m${pad(j, width)}`,
      organisationId: 'org-1',
      programmeId: 'programme-1',
      readyToMatch: rnd() < 0.98,
      location: place(),
      availability: availability(0.35),
      homeLanguages: home,
      languagesNeeded: needed,
      ...(rnd() < 0.1 ? { genderPreference: (rnd() < 0.8 ? 'female' : 'male') as Gender } : {}),
      previousVolunteerIds: rnd() < 0.05 ? [`v${pad(Math.floor(rnd() * shape.volunteers), width)}`] : [],
      waitingSince: addDays(TODAY, -Math.floor(rnd() * 400)),
      needs,
      traits: needs.slice(0, 1),
      wishes: rnd() < 0.4 ? [pick(TRAITS)] : [],
      ...(rnd() < 0.2 ? { peerPreference: rnd() < 0.5 ? ('peer' as const) : ('nonPeer' as const) } : {}),
    });
  }
  return {
    kind,
    seed,
    volunteers,
    mentees,
    settings: {
      maxDistanceKm: shape.maxDistanceKm,
      languageRequired: true,
      slotsPerWeek: 1,
      peerPreference: 'none',
      weights: DEFAULT_MATCHING_WEIGHTS,
    },
    today: TODAY,
  };
}

/**
 * A dense random score matrix, `n × n` row-major, integers in `[0, maxScore]`: the classic
 * assignment benchmark, where every pair is feasible.
 */
export function generateDenseScores(n: number, seed: number, maxScore = 1000): Int32Array {
  const rnd = mulberry32(seed);
  const scores = new Int32Array(n * n);
  for (let i = 0; i < scores.length; i++) scores[i] = Math.floor(rnd() * (maxScore + 1));
  return scores;
}
