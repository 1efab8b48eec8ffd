import { Consent, FamilyMember, StaffMember, VolunteerEvaluationConsent, type EntityManager, type Match } from '@driehoek/db';
import { plannedEndOf } from '@driehoek/domain/closure';
import { currentConsentRecords, effectiveConsentStatus, isGuardianRole } from '@driehoek/domain/consent';
import type { EvaluationConsentFacts, EvaluationConsentState, MatchParticipant, MatchToEvaluate } from '@driehoek/domain/evaluation';
import { consentRecordOf } from '../consent/index.js';

/** Who a participant is: where their record is, their address, language and first name. */
export interface Person {
  readonly personId: string;
  readonly kind: 'familyMember' | 'volunteer' | 'staff';
  readonly email: string | null;
  readonly language: string;
  readonly firstName: string;
  readonly name: string;
}

export interface EvaluationFacts {
  readonly match: MatchToEvaluate;
  readonly consent: EvaluationConsentFacts;
  readonly people: ReadonlyMap<string, Person>;
}

/**
 * What the domain needs to plan and gate a match's questionnaires (EVA-1): its dates, the people in
 * their roles (the volunteer; the parent mentee in Parent'R'US, else the pupil's parents) and each
 * one's EVALUATION consent: the family's from the pupil's consent records, the volunteer's own.
 * Pupils are not asked by e-mail here (no address). The school mentor who nominated the pupil (still
 * active, at the pupil's school) is asked too, without an e-mail: they answer in the coordinator
 * app's school view; they answer as a professional, so their own part of EVA-1 counts as given
 * (the subject's consent still decides, and not answering is their choice).
 */
export async function evaluationFactsOf(em: EntityManager, match: Match): Promise<EvaluationFacts | null> {
  if (!match.startedOn) return null;
  await em.populate(match, ['programme', 'pupil', 'volunteer']);
  const settings = match.programme.settings;
  const family = await em.find(FamilyMember, { pupil: match.pupil });
  const people = new Map<string, Person>();
  const participants: MatchParticipant[] = [{ personId: match.volunteer.id, role: 'mentor' }];
  people.set(match.volunteer.id, { personId: match.volunteer.id, kind: 'volunteer', email: match.volunteer.email, language: 'nl', firstName: match.volunteer.firstName, name: `${match.volunteer.firstName} ${match.volunteer.lastName}` });
  const parentMentee = settings.mentee === 'parent' ? family.find((member) => member.isMentee) : undefined;
  for (const member of family) {
    const role = settings.mentee === 'parent' ? (member === parentMentee ? 'mentee' : null) : member.role === 'relative' ? null : 'parent';
    if (!role) continue;
    participants.push({ personId: member.id, role });
    people.set(member.id, { personId: member.id, kind: 'familyMember', email: member.email ?? null, language: member.preferredLanguage, firstName: member.firstName, name: `${member.firstName} ${member.lastName}` });
  }
  const schoolMentor = await em.findOne(StaffMember, { id: match.pupil.nominatedById, role: 'schoolMentor', active: true, school: match.pupil.school, organisation: match.organisation });
  if (schoolMentor) {
    participants.push({ personId: schoolMentor.id, role: 'schoolMentor' });
    people.set(schoolMentor.id, { personId: schoolMentor.id, kind: 'staff', email: null, language: 'nl', firstName: schoolMentor.name, name: schoolMentor.name });
  }
  const records = currentConsentRecords((await em.find(Consent, { pupil: match.pupil, purpose: 'evaluation' })).map(consentRecordOf));
  const stateOf = (status: string): EvaluationConsentState => (status === 'given' ? 'given' : status === 'refused' ? 'refused' : 'withdrawn');
  const consents = records.map((record) => ({ personId: record.giverPersonId, state: stateOf(effectiveConsentStatus(record)), guardian: isGuardianRole(record.giverRole) }));
  const own = await em.findOne(VolunteerEvaluationConsent, { volunteer: match.volunteer }, { orderBy: { createdAt: 'desc' } });
  if (own) consents.push({ personId: match.volunteer.id, state: own.state as EvaluationConsentState, guardian: false });
  if (schoolMentor) consents.push({ personId: schoolMentor.id, state: 'given', guardian: false });
  const subject = parentMentee
    ? ({ kind: 'adultMentee', personId: parentMentee.id } as const)
    : ({ kind: 'pupil', personId: match.pupil.id, birthDate: match.pupil.birthDate } as const);
  const closure = match.closure ? { on: match.closure.endedOn, reason: match.closure.reason } : null;
  return {
    match: { matchId: match.id, programmeId: match.programme.id, startedOn: match.startedOn, plannedEnd: plannedEndOf(match.startedOn, settings), closure, participants },
    consent: { subject, consents },
    people,
  };
}
