/**
 * The vocabulary of matching (DOMAIN.md §4): who can be paired (hard constraints, each with a
 * code a coordinator can read), how well (soft criteria, scored per programme with weights, every
 * score with its parts as data), and what a proposal looks like. Readiness is computed by other
 * domain modules (screening, consent) and arrives here as flags.
 */
import type { AvailabilitySlot, SpokenLanguage } from '../application/index.js';
import type { IsoDate } from '../calendar/index.js';

/** A place on earth in decimal degrees (WGS 84), from the geocoding adapter outside the domain. */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** A volunteer's gender as far as matching needs it: families may ask for a female or male mentor. */
export type Gender = 'female' | 'male' | 'other';

/**
 * Parent'R'US: a mentee may prefer a peer (a volunteer who is themselves a parent from the
 * community) or a non-peer. `none`: no preference, the criterion scores nothing.
 */
export const PEER_PREFERENCES = ['peer', 'nonPeer', 'none'] as const;
export type PeerPreference = (typeof PEER_PREFERENCES)[number];

/** A volunteer as matching sees one. Tag lists are free words shared with the help requests (`math`, `music`). */
export interface MatchCandidateVolunteer {
  readonly id: string;
  readonly organisationId: string;
  readonly programmeId: string;
  /** Screening is CLEARED (`assessScreening`, SCR-1): computed by the screening module. */
  readonly readyToMatch: boolean;
  /** Suspended by the organisation (e.g. during an investigation): never matched while true. */
  readonly suspended?: boolean;
  /** How many mentees the volunteer takes at the same time (DOMAIN.md §4: usually one). */
  readonly capacity: number;
  /** Running matches, which use capacity. Default 0. */
  readonly activeMatches?: number;
  /** Null when no location is known (no postcode located): the distance is unknown, never 0 km. */
  readonly location: GeoPoint | null;
  readonly availability: readonly AvailabilitySlot[];
  readonly languages: readonly SpokenLanguage[];
  readonly gender: Gender;
  /** What the volunteer can help with (`math`, `dutch`, `planning`). */
  readonly skills?: readonly string[];
  /** What the volunteer has done before (`teaching`, `youthWork`); counts like a skill. */
  readonly experience?: readonly string[];
  /** Things about the volunteer a family may wish for (`sports`, `student`). */
  readonly traits?: readonly string[];
  /** What the volunteer wishes for in a mentee (`primarySchool`, `music`). */
  readonly wishes?: readonly string[];
  /** Parent'R'US: the volunteer is a peer of the mentee (a parent from the community). Default false. */
  readonly peer?: boolean;
}

/** A waiting mentee (pupil with family, parent or adult) as matching sees one. */
export interface MatchCandidateMentee {
  readonly id: string;
  readonly organisationId: string;
  readonly programmeId: string;
  /** Every required consent is given: computed by the consent module. */
  readonly readyToMatch: boolean;
  /** Null when no location is known (no postcode located): the distance is unknown, never 0 km. */
  readonly location: GeoPoint | null;
  /** When the family is free; the programme's cadence needs shared slots. */
  readonly availability: readonly AvailabilitySlot[];
  /** Languages spoken at home; sharing one scores. */
  readonly homeLanguages: readonly SpokenLanguage[];
  /**
   * Languages the family needs the volunteer to speak (parents who speak no Dutch). A hard
   * constraint when the programme sets `languageRequired`; the volunteer must speak every one.
   */
  readonly languagesNeeded?: readonly SpokenLanguage[];
  /** The family asked for a mentor of this gender: a hard constraint. */
  readonly genderPreference?: Gender;
  /** Volunteers this mentee had before: a continuing mentee gets a new mentor. */
  readonly previousVolunteerIds?: readonly string[];
  /** Waiting since this day; the longest-waiting goes first among equal choices. */
  readonly waitingSince: IsoDate;
  /** The help request's needs (`math`, `reading`), met by the volunteer's skills or experience. */
  readonly needs?: readonly string[];
  /** Things about the mentee a volunteer may wish for. */
  readonly traits?: readonly string[];
  /** Stated wishes for the volunteer (`sports`, `student`), met by the volunteer's traits. */
  readonly wishes?: readonly string[];
  /** The mentee's own peer preference; overrides the programme's. */
  readonly peerPreference?: PeerPreference;
}

/** The soft criteria, each with a weight per programme. */
export const SCORE_PARTS = ['distance', 'language', 'needs', 'availability', 'peer', 'wishes', 'waiting'] as const;
/** One soft criterion's name. */
export type ScorePartName = (typeof SCORE_PARTS)[number];

/** Weight per criterion: a criterion earns up to `100 × weight` points. 0 switches it off. */
export type MatchingWeights = Readonly<Record<ScorePartName, number>>;

/** A programme's matching settings. */
export interface MatchingSettings {
  /** Pairs further apart than this are excluded; `null`: no limit (e.g. online mentoring). */
  readonly maxDistanceKm: number | null;
  /**
   * Distance at which the distance criterion earns nothing (linear from full points at 0 km).
   * Default: `maxDistanceKm`, or 25 km without a limit.
   */
  readonly distanceScaleKm?: number;
  /** The family's `languagesNeeded` are a hard constraint. */
  readonly languageRequired: boolean;
  /** Shared weekly slots the programme's cadence needs (1 for one visit a week). */
  readonly slotsPerWeek: number;
  /** Shared slots that earn full availability points. Default 3. */
  readonly availabilityTarget?: number;
  /** Waiting days that earn full waiting points. Default 365. */
  readonly fullWaitingDays?: number;
  /** The programme's peer preference (Parent'R'US); a mentee's own preference overrides it. */
  readonly peerPreference: PeerPreference;
  readonly weights: MatchingWeights;
}

/** Default weights: needs and distance count most, waiting breaks near-ties. */
export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = Object.freeze({
  distance: 3,
  language: 2,
  needs: 3,
  availability: 2,
  peer: 1,
  wishes: 1,
  waiting: 1,
});

/** Defaults for a home-visiting programme: 10 km, one shared slot a week. */
export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = Object.freeze({
  maxDistanceKm: 10,
  languageRequired: true,
  slotsPerWeek: 1,
  peerPreference: 'none',
  weights: DEFAULT_MATCHING_WEIGHTS,
});

/** Why a pair cannot be matched. Namespaced like every domain code; details as data. */
export type PairExclusion =
  | { readonly code: 'MATCHING.VOLUNTEER_NOT_READY' }
  | { readonly code: 'MATCHING.VOLUNTEER_NO_CAPACITY' }
  | { readonly code: 'MATCHING.VOLUNTEER_SUSPENDED' }
  | { readonly code: 'MATCHING.MENTEE_NOT_READY' }
  | { readonly code: 'MATCHING.DIFFERENT_ORGANISATION' }
  | { readonly code: 'MATCHING.DIFFERENT_PROGRAMME' }
  | { readonly code: 'MATCHING.TOO_FAR'; readonly km: number; readonly limitKm: number }
  /** Under a distance limit, a pair whose distance is unknown (either side has no location) is not matched. */
  | { readonly code: 'MATCHING.LOCATION_UNKNOWN'; readonly limitKm: number }
  | { readonly code: 'MATCHING.NO_SHARED_AVAILABILITY'; readonly shared: number; readonly needed: number }
  | { readonly code: 'MATCHING.LANGUAGE_NOT_SPOKEN'; readonly languages: readonly SpokenLanguage[] }
  | { readonly code: 'MATCHING.GENDER_PREFERENCE'; readonly wanted: Gender }
  | { readonly code: 'MATCHING.PREVIOUS_VOLUNTEER' };

/** The code of a hard constraint, e.g. `MATCHING.TOO_FAR`. */
export type PairExclusionCode = PairExclusion['code'];

/**
 * One criterion's contribution, in words an app can render in any language:
 * "2.1 km away; speaks Arabic with the parents; both free on Tuesday evening".
 */
export type ScorePart =
  /** `km` null: the distance is unknown (a side without a location); it earns no points. */
  | { readonly part: 'distance'; readonly points: number; readonly km: number | null }
  | { readonly part: 'language'; readonly points: number; readonly language: SpokenLanguage }
  | { readonly part: 'needs'; readonly points: number; readonly met: readonly string[]; readonly of: number }
  | { readonly part: 'availability'; readonly points: number; readonly slots: readonly AvailabilitySlot[] }
  | { readonly part: 'peer'; readonly points: number; readonly peer: boolean }
  | { readonly part: 'wishes'; readonly points: number; readonly fulfilled: readonly string[]; readonly of: number }
  | { readonly part: 'waiting'; readonly points: number; readonly days: number };

/** A pair's score: an integer, the sum of its parts' points. */
export interface PairScore {
  readonly volunteerId: string;
  readonly menteeId: string;
  readonly score: number;
  readonly parts: readonly ScorePart[];
}

/** A pair assessed: eligible with its score, or excluded with every reason. */
export type PairAssessment =
  | ({ readonly ok: true } & PairScore)
  | { readonly ok: false; readonly volunteerId: string; readonly menteeId: string; readonly exclusions: readonly PairExclusion[] };
