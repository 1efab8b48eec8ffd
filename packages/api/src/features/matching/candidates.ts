import { Consent, FamilyNotification, Pupil, Volunteer, type EntityManager, type Programme } from '@driehoek/db';
import type { GeoPoint, MatchCandidateMentee, MatchCandidateVolunteer, Gender } from '@driehoek/domain/matching';
import type { SpokenLanguage } from '@driehoek/domain/application';
import { assess } from '../screening/index.js';
import { assessPupilConsent } from '../pupil/index.js';

/** Where matching stands for one programme: the candidates on both sides, as the domain takes them. */
export interface MatchingPool {
  readonly volunteers: MatchCandidateVolunteer[];
  readonly mentees: MatchCandidateMentee[];
  readonly volunteerById: Map<string, Volunteer>;
  readonly pupilById: Map<string, Pupil>;
}

/** Matches a volunteer or pupil is in now (proposed up to active); filled in by the match lifecycle. */
export interface OpenMatches {
  readonly perVolunteer: ReadonlyMap<string, number>;
  readonly pupilsInMatch: ReadonlySet<string>;
  readonly previousVolunteers: ReadonlyMap<string, readonly string[]>;
}

/** A stored location, or null when none is known (never the point 0°, 0°: MATCHING.LOCATION_UNKNOWN). */
function locationOf(row: { readonly latitude?: number | null; readonly longitude?: number | null }): GeoPoint | null {
  return row.latitude != null && row.longitude != null ? { lat: row.latitude, lon: row.longitude } : null;
}

/**
 * Loads the programme's volunteers and pupils and turns them into the domain's candidates:
 * readiness from the screening and consent rules, capacity from the open matches. Pupils who are
 * already in a match, or whose nomination is closed, are not on the board.
 */
export async function loadMatchingPool(em: EntityManager, programme: Programme, open: OpenMatches, today: string): Promise<MatchingPool> {
  const [volunteers, pupils] = await Promise.all([
    em.find(Volunteer, { programme, decisionKind: null }, { populate: ['referenceChecks'], orderBy: { id: 'asc' } }),
    em.find(Pupil, { programme, closedOn: null }, { populate: ['school'], orderBy: { id: 'asc' } }),
  ]);
  const pupilIds = pupils.map((pupil) => pupil.id);
  const [consents, notifications] = await Promise.all([
    em.find(Consent, { pupil: { $in: pupilIds } }),
    em.find(FamilyNotification, { pupil: { $in: pupilIds } }),
  ]);
  const volunteerCandidates = volunteers.map((volunteer): MatchCandidateVolunteer => ({
    id: volunteer.id,
    organisationId: programme.organisation.id,
    programmeId: programme.id,
    readyToMatch: assess(volunteer, volunteer.referenceChecks.getItems(), programme.settings.screening, today).readyToMatch,
    suspended: volunteer.suspended,
    capacity: volunteer.capacity,
    activeMatches: open.perVolunteer.get(volunteer.id) ?? 0,
    location: locationOf(volunteer),
    availability: volunteer.availability,
    languages: volunteer.languages as SpokenLanguage[],
    gender: volunteer.gender as Gender,
    skills: volunteer.skills,
  }));
  const menteeCandidates = pupils
    .filter((pupil) => !open.pupilsInMatch.has(pupil.id))
    .map((pupil): MatchCandidateMentee => {
      const consent = assessPupilConsent(
        pupil,
        { consents: consents.filter((c) => c.pupil.id === pupil.id), notifications: notifications.filter((n) => n.pupil.id === pupil.id) },
        today,
      );
      return {
        id: pupil.id,
        organisationId: programme.organisation.id,
        programmeId: programme.id,
        readyToMatch: consent.readyToMatch,
        location: locationOf(pupil),
        availability: pupil.availability,
        homeLanguages: pupil.homeLanguages as SpokenLanguage[],
        ...(pupil.genderPreference ? { genderPreference: pupil.genderPreference as Gender } : {}),
        previousVolunteerIds: open.previousVolunteers.get(pupil.id) ?? [],
        waitingSince: pupil.nominatedOn,
        needs: pupil.needs,
      };
    });
  return {
    volunteers: volunteerCandidates,
    mentees: menteeCandidates,
    volunteerById: new Map(volunteers.map((v) => [v.id, v])),
    pupilById: new Map(pupils.map((p) => [p.id, p])),
  };
}
