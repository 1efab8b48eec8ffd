/**
 * One pair: hard constraints and soft criteria. Volunteers and mentees are first compiled into
 * typed arrays (bit masks for availability, languages and tags), so the batch can test millions
 * of pairs without allocating; the same arithmetic explains a pair in parts, so a score shown to
 * a coordinator is always the score the optimiser used.
 */
import { DAY_PARTS, SPOKEN_LANGUAGES, WEEKDAYS, type AvailabilitySlot, type DayPart, type SpokenLanguage, type Weekday } from '../application/index.js';
import type { IsoDate } from '../calendar/index.js';
import { EARTH_RADIUS_KM } from './geo.js';
import { checkMatchingInput } from './validate.js';
import type {
  Gender,
  MatchCandidateMentee,
  MatchCandidateVolunteer,
  MatchingSettings,
  PairAssessment,
  PairExclusion,
  ScorePart,
} from './types.js';

const DEG = Math.PI / 180;
const GENDERS: readonly Gender[] = ['female', 'male', 'other'];

/** Settings with every default filled in. */
interface Resolved {
  readonly limitKm: number;
  readonly scaleKm: number;
  readonly slotsNeeded: number;
  readonly availabilityTarget: number;
  readonly fullWaitingDays: number;
  readonly languageRequired: boolean;
  readonly wDistance: number;
  readonly wLanguage: number;
  readonly wNeeds: number;
  readonly wAvailability: number;
  readonly wPeer: number;
  readonly wWishes: number;
  readonly wWaiting: number;
}

/**
 * Volunteers and mentees compiled for fast pair tests. Internal to the matching module; built by
 * {@link compile}, indices follow the arrays passed in.
 */
export interface Compiled {
  readonly s: Resolved;
  readonly volunteers: readonly MatchCandidateVolunteer[];
  readonly mentees: readonly MatchCandidateMentee[];
  readonly vLat: Float64Array;
  readonly vLon: Float64Array;
  /** Unit vectors (x, y, z) of the volunteers' locations, for the haversine term. */
  readonly vXyz: Float64Array;
  readonly vAvail: Int32Array;
  readonly vLang: Int32Array;
  readonly vGender: Uint8Array;
  readonly vPeer: Uint8Array;
  readonly vRemaining: Int32Array;
  /** Bit 1 not ready, 2 no capacity, 4 suspended. */
  readonly vBlock: Uint8Array;
  readonly vOrg: Int32Array;
  readonly vProg: Int32Array;
  readonly vSkill: Uint32Array;
  readonly vTrait: Uint32Array;
  readonly vWish: Uint32Array;
  readonly vWishCount: Int32Array;
  readonly mLat: Float64Array;
  readonly mLon: Float64Array;
  readonly mXyz: Float64Array;
  readonly mAvail: Int32Array;
  readonly mHome: Int32Array;
  readonly mNeeded: Int32Array;
  /** 0 none, else 1 + index in GENDERS. */
  readonly mGender: Uint8Array;
  /** 0 none, 1 peer, 2 non-peer. */
  readonly mPeer: Uint8Array;
  readonly mReady: Uint8Array;
  readonly mOrg: Int32Array;
  readonly mProg: Int32Array;
  readonly mNeed: Uint32Array;
  readonly mNeedCount: Int32Array;
  readonly mWish: Uint32Array;
  readonly mWishCount: Int32Array;
  readonly mTrait: Uint32Array;
  readonly mWaitDays: Int32Array;
  readonly mWaitPoints: Int32Array;
  /** Previous volunteers as volunteer indices, or null. */
  readonly mPrevious: readonly (Int32Array | null)[];
  readonly needWords: number;
  readonly mWishWords: number;
  readonly vWishWords: number;
  /** Points by count, computed with {@link fractionPoints}: `[den × stride + num]`. */
  readonly needTable: Int32Array;
  readonly wishTable: Int32Array;
  readonly tableStride: number;
  /** Availability points by number of shared slots. */
  readonly availabilityTable: Int32Array;
  readonly languagePoints: number;
  readonly peerPoints: number;
  readonly needMap: ReadonlyMap<string, number>;
  readonly mWishMap: ReadonlyMap<string, number>;
  readonly vWishMap: ReadonlyMap<string, number>;
}

function resolve(settings: MatchingSettings): Resolved {
  const w = settings.weights;
  return {
    limitKm: settings.maxDistanceKm ?? Infinity,
    scaleKm: settings.distanceScaleKm ?? settings.maxDistanceKm ?? 25,
    slotsNeeded: settings.slotsPerWeek,
    availabilityTarget: settings.availabilityTarget ?? 3,
    fullWaitingDays: settings.fullWaitingDays ?? 365,
    languageRequired: settings.languageRequired,
    wDistance: w.distance,
    wLanguage: w.language,
    wNeeds: w.needs,
    wAvailability: w.availability,
    wPeer: w.peer,
    wWishes: w.wishes,
    wWaiting: w.waiting,
  };
}

const DAY_INDEX = Object.fromEntries(WEEKDAYS.map((d, i) => [d, i])) as Record<Weekday, number>;
const PART_INDEX = Object.fromEntries(DAY_PARTS.map((p, i) => [p, i])) as Record<DayPart, number>;

/** The bit of a weekly slot: day × 3 + part, 21 bits. */
export function slotBit(slot: AvailabilitySlot): number {
  return 1 << (DAY_INDEX[slot.day] * DAY_PARTS.length + PART_INDEX[slot.part]);
}

function slotMask(slots: readonly AvailabilitySlot[]): number {
  let mask = 0;
  for (const slot of slots) mask |= slotBit(slot);
  return mask;
}

function slotsOf(mask: number): AvailabilitySlot[] {
  const slots: AvailabilitySlot[] = [];
  for (let d = 0; d < WEEKDAYS.length; d++) {
    for (let p = 0; p < DAY_PARTS.length; p++) {
      if (mask & (1 << (d * DAY_PARTS.length + p))) slots.push({ day: WEEKDAYS[d]!, part: DAY_PARTS[p]! });
    }
  }
  return slots;
}

function languageMask(languages: readonly SpokenLanguage[]): number {
  let mask = 0;
  for (const language of languages) {
    const i = SPOKEN_LANGUAGES.indexOf(language);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

/** Number of set bits in a 32-bit integer. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function intern(map: Map<string, number>, vocab: string[], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (const tag of tags) {
    if (!map.has(tag)) {
      map.set(tag, vocab.length);
      vocab.push(tag);
    }
  }
}

function fillBits(bits: Uint32Array, row: number, words: number, map: Map<string, number>, tags: readonly string[] | undefined): number {
  let count = 0;
  if (!tags || words === 0) return 0;
  for (const tag of tags) {
    const i = map.get(tag);
    if (i === undefined) continue;
    const at = row * words + (i >>> 5);
    const bit = 1 << (i & 31);
    if ((bits[at]! & bit) === 0) {
      bits[at] = bits[at]! | bit;
      count++;
    }
  }
  return count;
}

/** Whole days from `from` to `to` (ISO dates), computed in UTC. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Days since 1970-01-01 of an ISO date, by arithmetic (H. Hinnant's days_from_civil). */
function dayNumber(date: IsoDate): number {
  const digit = (i: number): number => date.charCodeAt(i) - 48;
  let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  if (m <= 2) y--;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Points for a fraction `num / den` of a criterion with weight `w`: an integer. */
export function fractionPoints(w: number, num: number, den: number): number {
  return den > 0 && num > 0 ? Math.round((w * 100 * Math.min(num, den)) / den) : 0;
}

/** Points for the distance criterion: full at 0 km, none from `scaleKm`, none for an unknown distance (NaN). */
export function distancePoints(w: number, km: number, scaleKm: number): number {
  return !(km < scaleKm) ? 0 : Math.round(w * 100 * (1 - km / scaleKm));
}

/** Compiles volunteers and mentees for pair tests under one programme's settings on `today`. */
export function compile(
  volunteers: readonly MatchCandidateVolunteer[],
  mentees: readonly MatchCandidateMentee[],
  settings: MatchingSettings,
  today: IsoDate,
): Compiled {
  checkMatchingInput(volunteers, mentees, settings, today);
  const s = resolve(settings);
  const nV = volunteers.length;
  const nM = mentees.length;
  const orgs = new Map<string, number>();
  const progs = new Map<string, number>();
  const key = (map: Map<string, number>, k: string): number => {
    let i = map.get(k);
    if (i === undefined) map.set(k, (i = map.size));
    return i;
  };
  // Vocabularies come from the side that asks: the mentees' needs, the mentees' wishes, the volunteers' wishes.
  const needMap = new Map<string, number>();
  const needVocab: string[] = [];
  const mWishMap = new Map<string, number>();
  const mWishVocab: string[] = [];
  const vWishMap = new Map<string, number>();
  const vWishVocab: string[] = [];
  for (const m of mentees) {
    intern(needMap, needVocab, m.needs);
    intern(mWishMap, mWishVocab, m.wishes);
  }
  for (const v of volunteers) intern(vWishMap, vWishVocab, v.wishes);
  const needWords = (needVocab.length + 31) >>> 5;
  const mWishWords = (mWishVocab.length + 31) >>> 5;
  const vWishWords = (vWishVocab.length + 31) >>> 5;

  const vLat = new Float64Array(nV);
  const vLon = new Float64Array(nV);
  const vXyz = new Float64Array(nV * 3);
  const vAvail = new Int32Array(nV);
  const vLang = new Int32Array(nV);
  const vGender = new Uint8Array(nV);
  const vPeer = new Uint8Array(nV);
  const vRemaining = new Int32Array(nV);
  const vBlock = new Uint8Array(nV);
  const vOrg = new Int32Array(nV);
  const vProg = new Int32Array(nV);
  const vSkill = new Uint32Array(nV * needWords);
  const vTrait = new Uint32Array(nV * mWishWords);
  const vWish = new Uint32Array(nV * vWishWords);
  const vWishCount = new Int32Array(nV);
  for (let i = 0; i < nV; i++) {
    const v = volunteers[i]!;
    vLat[i] = v.location ? v.location.lat * DEG : Number.NaN;
    vLon[i] = v.location ? v.location.lon * DEG : Number.NaN;
    unitVector(vXyz, i, vLat[i]!, vLon[i]!);
    vAvail[i] = slotMask(v.availability);
    vLang[i] = languageMask(v.languages);
    vGender[i] = GENDERS.indexOf(v.gender) + 1;
    vPeer[i] = v.peer ? 1 : 0;
    vRemaining[i] = Math.max(0, Math.floor(v.capacity) - (v.activeMatches ?? 0));
    vBlock[i] = (v.readyToMatch ? 0 : 1) | (vRemaining[i]! > 0 ? 0 : 2) | (v.suspended ? 4 : 0);
    vOrg[i] = key(orgs, v.organisationId);
    vProg[i] = key(progs, v.programmeId);
    fillBits(vSkill, i, needWords, needMap, v.skills);
    fillBits(vSkill, i, needWords, needMap, v.experience);
    fillBits(vTrait, i, mWishWords, mWishMap, v.traits);
    vWishCount[i] = fillBits(vWish, i, vWishWords, vWishMap, v.wishes);
  }

  const mLat = new Float64Array(nM);
  const mLon = new Float64Array(nM);
  const mXyz = new Float64Array(nM * 3);
  const mAvail = new Int32Array(nM);
  const mHome = new Int32Array(nM);
  const mNeeded = new Int32Array(nM);
  const mGender = new Uint8Array(nM);
  const mPeer = new Uint8Array(nM);
  const mReady = new Uint8Array(nM);
  const mOrg = new Int32Array(nM);
  const mProg = new Int32Array(nM);
  const mNeed = new Uint32Array(nM * needWords);
  const mNeedCount = new Int32Array(nM);
  const mWish = new Uint32Array(nM * mWishWords);
  const mWishCount = new Int32Array(nM);
  const mTrait = new Uint32Array(nM * vWishWords);
  const mWaitDays = new Int32Array(nM);
  const mWaitPoints = new Int32Array(nM);
  const mPrevious: (Int32Array | null)[] = new Array<Int32Array | null>(nM);
  let volunteerIndex: Map<string, number> | null = null;
  for (let j = 0; j < nM; j++) {
    const m = mentees[j]!;
    mLat[j] = m.location ? m.location.lat * DEG : Number.NaN;
    mLon[j] = m.location ? m.location.lon * DEG : Number.NaN;
    unitVector(mXyz, j, mLat[j]!, mLon[j]!);
    mAvail[j] = slotMask(m.availability);
    mHome[j] = languageMask(m.homeLanguages);
    mNeeded[j] = languageMask(m.languagesNeeded ?? []);
    mGender[j] = m.genderPreference ? GENDERS.indexOf(m.genderPreference) + 1 : 0;
    const peer = m.peerPreference ?? settings.peerPreference;
    mPeer[j] = peer === 'peer' ? 1 : peer === 'nonPeer' ? 2 : 0;
    mReady[j] = m.readyToMatch ? 1 : 0;
    mOrg[j] = key(orgs, m.organisationId);
    mProg[j] = key(progs, m.programmeId);
    mNeedCount[j] = fillBits(mNeed, j, needWords, needMap, m.needs);
    mWishCount[j] = fillBits(mWish, j, mWishWords, mWishMap, m.wishes);
    fillBits(mTrait, j, vWishWords, vWishMap, m.traits);
    const days = Math.max(0, daysBetween(m.waitingSince, today));
    mWaitDays[j] = days;
    mWaitPoints[j] = fractionPoints(s.wWaiting, days, s.fullWaitingDays);
    let previous: Int32Array | null = null;
    if (m.previousVolunteerIds && m.previousVolunteerIds.length > 0) {
      volunteerIndex ??= new Map(volunteers.map((v, i) => [v.id, i]));
      const index = volunteerIndex;
      const known = m.previousVolunteerIds.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
      if (known.length > 0) previous = Int32Array.from(known);
    }
    mPrevious[j] = previous;
  }

  let maxCount = 0;
  for (let j = 0; j < nM; j++) maxCount = Math.max(maxCount, mNeedCount[j]!, mWishCount[j]!);
  let maxVolunteerWishes = 0;
  for (let i = 0; i < nV; i++) maxVolunteerWishes = Math.max(maxVolunteerWishes, vWishCount[i]!);
  const tableStride = maxCount + maxVolunteerWishes + 1;
  const table = (w: number): Int32Array => {
    const t = new Int32Array(tableStride * tableStride);
    for (let den = 0; den < tableStride; den++) for (let num = 0; num <= den; num++) t[den * tableStride + num] = fractionPoints(w, num, den);
    return t;
  };
  const availabilityTable = new Int32Array(22);
  for (let k = 0; k < 22; k++) availabilityTable[k] = fractionPoints(s.wAvailability, k, s.availabilityTarget);

  return {
    needTable: table(s.wNeeds), wishTable: table(s.wWishes), tableStride, availabilityTable,
    languagePoints: fractionPoints(s.wLanguage, 1, 1), peerPoints: fractionPoints(s.wPeer, 1, 1),
    s, volunteers, mentees,
    vLat, vLon, vXyz, vAvail, vLang, vGender, vPeer, vRemaining, vBlock, vOrg, vProg, vSkill, vTrait, vWish, vWishCount,
    mLat, mLon, mXyz, mAvail, mHome, mNeeded, mGender, mPeer, mReady, mOrg, mProg, mNeed, mNeedCount, mWish, mWishCount,
    mTrait, mWaitDays, mWaitPoints, mPrevious, needWords, mWishWords, vWishWords, needMap, mWishMap, vWishMap,
  };
}

function unitVector(out: Float64Array, i: number, lat: number, lon: number): void {
  const cos = Math.cos(lat);
  out[3 * i] = cos * Math.cos(lon);
  out[3 * i + 1] = cos * Math.sin(lon);
  out[3 * i + 2] = Math.sin(lat);
}

/**
 * The squared chord between volunteer `v` and mentee `m` on the unit sphere. A quarter of it is
 * the haversine term `sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2)`, computed without trigonometry.
 */
export function pairChord2(c: Compiled, v: number, m: number): number {
  const a = c.vXyz;
  const b = c.mXyz;
  const dx = a[3 * v]! - b[3 * m]!;
  const dy = a[3 * v + 1]! - b[3 * m + 1]!;
  const dz = a[3 * v + 2]! - b[3 * m + 2]!;
  return dx * dx + dy * dy + dz * dz;
}

/** Great-circle km from a squared unit chord (the haversine formula's last step). */
export function kmFromChord2(chord2: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chord2 / 4)));
}

/**
 * Distance in km between volunteer `v` and mentee `m` of a compiled set (haversine); NaN when it
 * is unknown because a side has no location (never 0 km).
 */
export function pairKm(c: Compiled, v: number, m: number): number {
  return kmFromChord2(pairChord2(c, v, m));
}

/**
 * True when no hard constraint excludes the pair. `km` is {@link pairKm}. The same tests as
 * {@link pairExclusions}, stopping at the first.
 */
export function pairFeasible(c: Compiled, v: number, m: number, km: number): boolean {
  if (c.vBlock[v]! !== 0 || c.mReady[m]! === 0) return false;
  if (c.vOrg[v]! !== c.mOrg[m]! || c.vProg[v]! !== c.mProg[m]!) return false;
  if (Number.isNaN(km) ? c.s.limitKm !== Infinity : !(km <= c.s.limitKm)) return false; // unknown distance: only without a limit
  if (popcount(c.vAvail[v]! & c.mAvail[m]!) < c.s.slotsNeeded) return false;
  if (c.s.languageRequired && (c.mNeeded[m]! & ~c.vLang[v]!) !== 0) return false;
  const gender = c.mGender[m]!;
  if (gender !== 0 && gender !== c.vGender[v]!) return false;
  const previous = c.mPrevious[m];
  if (previous) for (let i = 0; i < previous.length; i++) if (previous[i] === v) return false;
  return true;
}

/** Every hard constraint the pair breaks, in a fixed order; empty when the pair may be matched. */
export function pairExclusions(c: Compiled, v: number, m: number, km: number): PairExclusion[] {
  const out: PairExclusion[] = [];
  const block = c.vBlock[v]!;
  if (block & 1) out.push({ code: 'MATCHING.VOLUNTEER_NOT_READY' });
  if (block & 2) out.push({ code: 'MATCHING.VOLUNTEER_NO_CAPACITY' });
  if (block & 4) out.push({ code: 'MATCHING.VOLUNTEER_SUSPENDED' });
  if (c.mReady[m]! === 0) out.push({ code: 'MATCHING.MENTEE_NOT_READY' });
  if (c.vOrg[v]! !== c.mOrg[m]!) out.push({ code: 'MATCHING.DIFFERENT_ORGANISATION' });
  if (c.vProg[v]! !== c.mProg[m]!) out.push({ code: 'MATCHING.DIFFERENT_PROGRAMME' });
  if (Number.isNaN(km)) {
    if (c.s.limitKm !== Infinity) out.push({ code: 'MATCHING.LOCATION_UNKNOWN', limitKm: c.s.limitKm });
  } else if (!(km <= c.s.limitKm)) out.push({ code: 'MATCHING.TOO_FAR', km: roundKm(km), limitKm: c.s.limitKm });
  const shared = popcount(c.vAvail[v]! & c.mAvail[m]!);
  if (shared < c.s.slotsNeeded) out.push({ code: 'MATCHING.NO_SHARED_AVAILABILITY', shared, needed: c.s.slotsNeeded });
  const missing = c.mNeeded[m]! & ~c.vLang[v]!;
  if (c.s.languageRequired && missing !== 0) {
    out.push({ code: 'MATCHING.LANGUAGE_NOT_SPOKEN', languages: SPOKEN_LANGUAGES.filter((_, i) => (missing & (1 << i)) !== 0) });
  }
  const gender = c.mGender[m]!;
  if (gender !== 0 && gender !== c.vGender[v]!) out.push({ code: 'MATCHING.GENDER_PREFERENCE', wanted: GENDERS[gender - 1]! });
  const previous = c.mPrevious[m];
  if (previous && previous.includes(v)) out.push({ code: 'MATCHING.PREVIOUS_VOLUNTEER' });
  return out;
}

function andCount(a: Uint32Array, ai: number, b: Uint32Array, bi: number, words: number): number {
  let n = 0;
  for (let w = 0; w < words; w++) n += popcount(a[ai + w]! & b[bi + w]!);
  return n;
}

/**
 * The pair's score (integer points) without its parts: the optimiser's hot path. The same
 * points as {@link pairParts}, read from tables built with {@link fractionPoints}.
 */
export function pairScore(c: Compiled, v: number, m: number, km: number): number {
  const s = c.s;
  let score = distancePoints(s.wDistance, km, s.scaleKm) + c.mWaitPoints[m]!;
  if ((c.vLang[v]! & c.mHome[m]!) !== 0) score += c.languagePoints;
  const stride = c.tableStride;
  const needs = c.mNeedCount[m]!;
  if (needs > 0) {
    const words = c.needWords;
    const met = words === 1 ? popcount(c.mNeed[m]! & c.vSkill[v]!) : andCount(c.mNeed, m * words, c.vSkill, v * words, words);
    score += c.needTable[needs * stride + met]!;
  }
  score += c.availabilityTable[popcount(c.vAvail[v]! & c.mAvail[m]!)]!;
  const peer = c.mPeer[m]!;
  if (peer !== 0 && (peer === 1) === (c.vPeer[v]! === 1)) score += c.peerPoints;
  const wishes = c.mWishCount[m]! + c.vWishCount[v]!;
  if (wishes > 0) {
    const met =
      andCount(c.mWish, m * c.mWishWords, c.vTrait, v * c.mWishWords, c.mWishWords) +
      andCount(c.vWish, v * c.vWishWords, c.mTrait, m * c.vWishWords, c.vWishWords);
    score += c.wishTable[wishes * stride + met]!;
  }
  return score;
}

/** The asking side's tags (in its own order, once each) whose bit is set in the other side's set. */
function metTags(tags: readonly string[] | undefined, map: ReadonlyMap<string, number>, bits: Uint32Array, base: number): string[] {
  const met: string[] = [];
  if (!tags) return met;
  for (const tag of tags) {
    const i = map.get(tag);
    if (i !== undefined && (bits[base + (i >>> 5)]! & (1 << (i & 31))) !== 0 && !met.includes(tag)) met.push(tag);
  }
  return met;
}

function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}

/**
 * The pair's score in parts. The points are computed exactly as in {@link pairScore}; a part
 * that earns nothing is left out, except distance, which is always worth saying.
 */
export function pairParts(c: Compiled, v: number, m: number, km: number): ScorePart[] {
  const s = c.s;
  const parts: ScorePart[] = [{ part: 'distance', points: distancePoints(s.wDistance, km, s.scaleKm), km: Number.isNaN(km) ? null : roundKm(km) }];
  const sharedLanguages = c.vLang[v]! & c.mHome[m]!;
  if (sharedLanguages !== 0) {
    const home = c.mentees[m]!.homeLanguages;
    const language = home.find((l) => (sharedLanguages & (1 << SPOKEN_LANGUAGES.indexOf(l))) !== 0)!;
    const points = fractionPoints(s.wLanguage, 1, 1);
    if (points > 0) parts.push({ part: 'language', points, language });
  }
  const needs = c.mNeedCount[m]!;
  if (needs > 0) {
    const met = metTags(c.mentees[m]!.needs, c.needMap, c.vSkill, v * c.needWords);
    const points = fractionPoints(s.wNeeds, met.length, needs);
    if (points > 0) parts.push({ part: 'needs', points, met, of: needs });
  }
  const sharedSlots = c.vAvail[v]! & c.mAvail[m]!;
  const availability = fractionPoints(s.wAvailability, popcount(sharedSlots), s.availabilityTarget);
  if (availability > 0) parts.push({ part: 'availability', points: availability, slots: slotsOf(sharedSlots) });
  const peer = c.mPeer[m]!;
  if (peer !== 0 && (peer === 1) === (c.vPeer[v]! === 1)) {
    const points = fractionPoints(s.wPeer, 1, 1);
    if (points > 0) parts.push({ part: 'peer', points, peer: peer === 1 });
  }
  const wishes = c.mWishCount[m]! + c.vWishCount[v]!;
  if (wishes > 0) {
    const fulfilled = [
      ...metTags(c.mentees[m]!.wishes, c.mWishMap, c.vTrait, v * c.mWishWords),
      ...metTags(c.volunteers[v]!.wishes, c.vWishMap, c.mTrait, m * c.vWishWords),
    ];
    const points = fractionPoints(s.wWishes, fulfilled.length, wishes);
    if (points > 0) parts.push({ part: 'wishes', points, fulfilled, of: wishes });
  }
  const waiting = c.mWaitPoints[m]!;
  if (waiting > 0) parts.push({ part: 'waiting', points: waiting, days: c.mWaitDays[m]! });
  return parts;
}

/** Assesses a compiled pair: every exclusion, or the score with its parts. */
export function assessCompiled(c: Compiled, v: number, m: number): PairAssessment {
  const km = pairKm(c, v, m);
  const volunteerId = c.volunteers[v]!.id;
  const menteeId = c.mentees[m]!.id;
  const exclusions = pairExclusions(c, v, m, km);
  if (exclusions.length > 0) return { ok: false, volunteerId, menteeId, exclusions };
  const parts = pairParts(c, v, m, km);
  return { ok: true, volunteerId, menteeId, score: parts.reduce((sum, p) => sum + p.points, 0), parts };
}

/**
 * Assesses one pair under a programme's settings on `today`: every hard constraint it breaks
 * (codes like `MATCHING.TOO_FAR`, with details), or its score with the parts in plain words.
 *
 * @example
 * const a = assessPair(volunteer, mentee, settings, '2025-06-01');
 * if (a.ok) a.parts; // [{ part: 'distance', points: 237, km: 2.1 }, { part: 'language', points: 200, language: 'ar' }, …]
 * else a.exclusions; // [{ code: 'MATCHING.TOO_FAR', km: 14.2, limitKm: 10 }]
 *
 * @returns `{ ok: true, score, parts }` for a feasible pair, else `{ ok: false, exclusions }`
 * @throws {DomainInputError} when `today` or `waitingSince` is not an ISO date, a capacity is not a
 * whole number, or a setting (a weight above `MAX_MATCHING_WEIGHT`, a NaN) is out of range
 */
export function assessPair(
  volunteer: MatchCandidateVolunteer,
  mentee: MatchCandidateMentee,
  settings: MatchingSettings,
  today: IsoDate,
): PairAssessment {
  return assessCompiled(compile([volunteer], [mentee], settings, today), 0, 0);
}
