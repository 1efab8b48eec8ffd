import { AllowancePayment, CalendarFeed, Concern, Match, PortalLoginCode, ReferenceCheck, Session, Volunteer, VolunteerEvaluationConsent, type EntityManager } from '@driehoek/db';
import { retentionDecision, volunteerRetirement, type RetentionSettings } from '@driehoek/domain/privacy';

/** The retention settings that apply to a record of an organisation, and of one of its programmes when it belongs to one. */
export type SettingsOf = (organisationId: string, programmeId?: string | null) => RetentionSettings;

const NO_NAME = '–';

/** Removes the volunteer's sign-in codes, sessions, reference checks, calendar feeds and own evaluation consent (nothing of them is kept by law). */
export async function removeVolunteerTraces(em: EntityManager, ids: readonly string[]): Promise<void> {
  await em.nativeDelete(ReferenceCheck, { volunteer: { $in: [...ids] } });
  await em.nativeDelete(PortalLoginCode, { volunteer: { $in: [...ids] } });
  await em.nativeDelete(Session, { subjectKind: 'volunteer', subjectId: { $in: [...ids] } });
  await em.nativeDelete(CalendarFeed, { subjectKind: 'volunteer', subjectId: { $in: [...ids] } });
  await em.nativeDelete(VolunteerEvaluationConsent, { volunteer: { $in: [...ids] } });
}

/**
 * Strips a volunteer's row of everything that identifies the person or was learnt about them:
 * contact details, profile, interview, VOG facts, code of conduct, training, the decision's reason.
 * The row stays (matches, intervision attendance and allowance payments point at it) with
 * programme, channel, gender, the birth year and the dates of the steps, for the reports' counts.
 * `keepName` keeps first and last name for the allowance payments the tax administration keeps.
 */
export function stripVolunteer(volunteer: Volunteer, day: string, keepName: boolean): void {
  // The address stays unique within the programme, and says nothing about the person.
  const nobody = `anonymised-${volunteer.id}@invalid`;
  Object.assign(volunteer, {
    ...(keepName ? {} : { firstName: NO_NAME, lastName: NO_NAME }),
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
    codeOfConductVersion: null,
    decisionReason: null,
    skills: [],
    latitude: null,
    longitude: null,
    anonymisedOn: day,
  });
}

/**
 * R-7: a volunteer applicant who was not accepted (rejected, or withdrew) is anonymised six months
 * after the decision, "keeping no VOG or refusal reason": names, contact details, motivation,
 * interview notes, the VOG facts and the reason go, reference checks and sign-in codes and sessions
 * with them; programme, channel, the application's month and the decision kind stay, so the
 * recruitment funnel keeps its counts (R-1's "anonymised count"). Returns the count.
 */
export async function retireVolunteerApplicants(em: EntityManager, settingsOf: SettingsOf, day: string): Promise<number> {
  const decided = await em.find(Volunteer, { decisionKind: { $in: ['rejected', 'withdrawn'] }, decidedOn: { $ne: null }, anonymisedOn: null });
  const due = decided.filter(
    (volunteer) =>
      retentionDecision(
        { kind: 'volunteerApplication', id: volunteer.id, outcome: volunteer.decisionKind === 'rejected' ? 'rejected' : 'withdrawn', decidedOn: volunteer.decidedOn ?? null },
        settingsOf(volunteer.organisation.id, volunteer.programme.id),
        day,
      ).action === 'anonymise',
  );
  if (due.length === 0) return 0;
  await removeVolunteerTraces(
    em,
    due.map((volunteer) => volunteer.id),
  );
  for (const volunteer of due) stripVolunteer(volunteer, day, false);
  await em.flush();
  return due.length;
}

/**
 * AWR art. 52: allowance payments are deleted once 7 full calendar years have passed after the
 * year they were paid in (the organisation's setting, never below 7). Returns the count.
 */
export async function retireAllowancePayments(em: EntityManager, settingsOf: SettingsOf, day: string): Promise<number> {
  const payments = await em.find(AllowancePayment, {}, { fields: ['id', 'paidOn', 'organisation'] });
  const due = payments.filter((payment) => retentionDecision({ kind: 'allowancePayment', id: payment.id, paidOn: payment.paidOn }, settingsOf(payment.organisation.id), day).action === 'delete').map((payment) => payment.id);
  let count = 0;
  for (let start = 0; start < due.length; start += 500) count += await em.nativeDelete(AllowancePayment, { id: { $in: due.slice(start, start + 500) } });
  return count;
}

/**
 * a volunteer who left (the screening revoked, and no match of theirs still open; left on the
 * later of the revocation and their last match's end) loses every personal fact `volunteerMonths`
 * after leaving (the programme's period, else the
 * organisation's): the VOG facts with the rest (no document is ever stored, SCR-5). Kept: a
 * volunteer who is the subject of a concern (R-4(c), for a person to review); the name while an
 * allowance payment to them is still kept for the tax administration (AWR-52), removed by a later
 * run once the last one has gone. Run after `retireAllowancePayments`. Returns the counts
 * (`volunteer.anonymise`, `volunteerName.delete`).
 */
export async function retireVolunteers(em: EntityManager, settingsOf: SettingsOf, day: string): Promise<Record<string, number>> {
  const left = await em.find(Volunteer, { revokedOn: { $ne: null }, decisionKind: null, $or: [{ anonymisedOn: null }, { firstName: { $ne: NO_NAME } }] });
  if (left.length === 0) return { 'volunteer.anonymise': 0, 'volunteerName.delete': 0 };
  const ids = left.map((volunteer) => volunteer.id);
  const [matches, concerns, payments] = await Promise.all([
    em.find(Match, { volunteer: { $in: ids }, declinedOn: null }, { fields: ['volunteer', 'endedOn'] }),
    em.find(Concern, { subjectPersonId: { $in: ids } }, { fields: ['subjectPersonId'] }),
    em.find(AllowancePayment, { volunteer: { $in: ids } }, { fields: ['id', 'paidOn', 'volunteer'] }),
  ]);
  // Left on the later of the revocation and the end of their last match; a match still open keeps them in use.
  const inMatch = new Set(matches.filter((match) => !match.endedOn).map((match) => match.volunteer.id));
  const lastEnd = new Map<string, string>();
  for (const match of matches) if (match.endedOn && match.endedOn > (lastEnd.get(match.volunteer.id) ?? '')) lastEnd.set(match.volunteer.id, match.endedOn);
  const leftOn = (volunteer: Volunteer): string | null => {
    if (inMatch.has(volunteer.id) || !volunteer.revokedOn) return null;
    const end = lastEnd.get(volunteer.id);
    return end && end > volunteer.revokedOn ? end : volunteer.revokedOn;
  };
  const subjects = new Set(concerns.map((concern) => concern.subjectPersonId));
  const paidTo = new Map<string, { id: string; paidOn: string }[]>();
  for (const payment of payments) paidTo.set(payment.volunteer.id, [...(paidTo.get(payment.volunteer.id) ?? []), { id: payment.id, paidOn: payment.paidOn }]);
  const stripped: Volunteer[] = [];
  let namesRemoved = 0;
  for (const volunteer of left) {
    const retirement = volunteerRetirement(
      { id: volunteer.id, leftOn: leftOn(volunteer), subjectOfConcern: subjects.has(volunteer.id), payments: paidTo.get(volunteer.id) ?? [] },
      settingsOf(volunteer.organisation.id, volunteer.programme.id),
      day,
    );
    if (!retirement.removePersonalData) continue;
    if (volunteer.anonymisedOn === null) {
      stripped.push(volunteer);
      stripVolunteer(volunteer, day, retirement.keepNameForTax);
    } else if (!retirement.keepNameForTax) {
      Object.assign(volunteer, { firstName: NO_NAME, lastName: NO_NAME });
      namesRemoved += 1;
    }
  }
  if (stripped.length > 0) await removeVolunteerTraces(
    em,
    stripped.map((volunteer) => volunteer.id),
  );
  await em.flush();
  return { 'volunteer.anonymise': stripped.length, 'volunteerName.delete': namesRemoved };
}
