import { PortalLoginCode, ReferenceCheck, Session, Volunteer, type EntityManager } from '@driehoek/db';
import { retentionDecision, type RetentionSettings } from '@driehoek/domain/privacy';

/**
 * R-7: a volunteer applicant who was not accepted (rejected, or withdrew) is anonymised six months
 * after the decision, "keeping no VOG or refusal reason": names, contact details, motivation,
 * interview notes, the VOG facts and the reason go, reference checks and sign-in codes and sessions
 * with them; programme, channel, the application's month and the decision kind stay, so the
 * recruitment funnel keeps its counts (R-1's "anonymised count"). Returns the count.
 */
export async function retireVolunteerApplicants(em: EntityManager, settingsOf: (organisationId: string) => RetentionSettings, day: string): Promise<number> {
  const decided = await em.find(Volunteer, { decisionKind: { $in: ['rejected', 'withdrawn'] }, decidedOn: { $ne: null }, anonymisedOn: null });
  const due = decided.filter(
    (volunteer) =>
      retentionDecision({ kind: 'volunteerApplication', id: volunteer.id, outcome: volunteer.decisionKind === 'rejected' ? 'rejected' : 'withdrawn', decidedOn: volunteer.decidedOn ?? null }, settingsOf(volunteer.organisation.id), day).action ===
      'anonymise',
  );
  if (due.length === 0) return 0;
  const ids = due.map((volunteer) => volunteer.id);
  await em.nativeDelete(ReferenceCheck, { volunteer: { $in: ids } });
  await em.nativeDelete(PortalLoginCode, { volunteer: { $in: ids } });
  await em.nativeDelete(Session, { subjectKind: 'volunteer', subjectId: { $in: ids } });
  for (const volunteer of due) anonymiseVolunteer(volunteer, day);
  await em.flush();
  return due.length;
}

/**
 * Strips a volunteer's row of what identifies them (names, contact details, motivation, interview
 * notes, the VOG facts, the decision's reason); programme, channel, dates and the decision kind
 * stay, so matches and the recruitment funnel keep their counts. Saved with the caller's flush.
 */
export function anonymiseVolunteer(volunteer: Volunteer, day: string): void {
  // The address stays unique within the programme, and says nothing about the person.
  const nobody = `anonymised-${volunteer.id}@invalid`;
  Object.assign(volunteer, {
    firstName: '–',
    lastName: '–',
    email: nobody,
    emailNormalised: nobody,
    phone: '',
    postcode: '',
    birthDate: `${volunteer.birthDate.slice(0, 4)}-01-01`,
    languages: [],
    availability: [],
    motivation: '',
    employer: null,
    interviewer: null,
    interviewNotes: null,
    vogSeenBy: null,
    vogIssueDate: null,
    vogScreeningAspects: null,
    vogJustisReference: null,
    vogResult: null,
    decisionReason: null,
    skills: [],
    latitude: null,
    longitude: null,
    anonymisedOn: day,
  });
}
