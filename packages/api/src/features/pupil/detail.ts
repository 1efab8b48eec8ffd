import type { Pupil, StaffMember } from '@driehoek/db';
import { assessConsent, type ConsentAssessment } from '@driehoek/domain/consent';
import { nominationStatus, type FamilyRole } from '@driehoek/domain/pupil';
import type { ConsentAssessmentView, PortalLanguage, PupilDetail, PupilSummary } from '@driehoek/contracts/pupils';
import { consentRecordOf, familyNotificationOf } from '../consent/index.js';
import type { loadPupilRecords } from './load.js';

type Records = Awaited<ReturnType<typeof loadPupilRecords>>;

/** The domain's consent assessment for a pupil, from what is stored. */
export function assessPupilConsent(pupil: Pupil, records: Pick<Records, 'consents' | 'notifications'>, today: string): ConsentAssessment {
  return assessConsent(
    records.consents.map(consentRecordOf),
    records.notifications.map(familyNotificationOf),
    { birthDate: pupil.birthDate },
    pupil.programme.settings.consent,
    today,
  );
}

/** The nomination's status, given whether a match (proposed up to running) is open for the pupil. */
export function statusOf(pupil: Pupil, consent: ConsentAssessment, matched: boolean) {
  return nominationStatus({ consent, closed: pupil.closedOn !== null, matched });
}

export function consentAssessmentView(assessment: ConsentAssessment): ConsentAssessmentView {
  return {
    readyToMatch: assessment.readyToMatch,
    nextStep: assessment.nextStep,
    blockers: [...assessment.blockers],
    closedBecauseRefused: assessment.applicationOutcome === 'closedRefused',
    subjectAge: assessment.subjectAge,
    legalBasisGiver: assessment.legalBasisGiver,
    familyInformed: assessment.familyInformed,
    reconfirmationDueOn: assessment.reconfirmation?.due ? assessment.reconfirmation.dueOn : null,
    purposes: assessment.purposes.map((purpose) => ({
      purpose: purpose.purpose,
      neededToMatch: purpose.neededToMatch,
      state: purpose.state,
      givers: purpose.givers.map((giver) => ({ giver: giver.giver, state: giver.state, problems: [...giver.problems] })),
    })),
  };
}

export function pupilSummaryOf(pupil: Pupil, consent: ConsentAssessment, matched: boolean): PupilSummary {
  return {
    id: pupil.id,
    firstName: pupil.firstName,
    lastName: pupil.lastName,
    schoolName: pupil.school.name,
    programmeName: pupil.programme.name,
    nominatedOn: pupil.nominatedOn,
    status: statusOf(pupil, consent, matched),
    consentNextStep: consent.nextStep,
  };
}

/** The pupil page. `records.caseNotes` is null for a school mentor, and stays null in the answer. */
export function pupilDetailOf(pupil: Pupil, records: Records, nominatedBy: StaffMember | null, today: string, openMatch: PupilDetail['openMatch']): PupilDetail {
  const consent = assessPupilConsent(pupil, records, today);
  const people = new Map<string, string>([[pupil.id, `${pupil.firstName} ${pupil.lastName}`]]);
  for (const member of pupil.family) people.set(member.id, `${member.firstName} ${member.lastName}`);
  return {
    id: pupil.id,
    programme: {
      id: pupil.programme.id,
      name: pupil.programme.name,
      template: pupil.programme.template,
      mentee: pupil.programme.settings.mentee,
    },
    school: { id: pupil.school.id, name: pupil.school.name },
    firstName: pupil.firstName,
    lastName: pupil.lastName,
    birthDate: pupil.birthDate,
    schoolYear: pupil.schoolYear,
    vulnerabilityReasons: [...pupil.vulnerabilityReasons],
    vulnerabilityNote: pupil.vulnerabilityNote ?? null,
    helpRequest: pupil.helpRequest,
    homeLanguages: [...pupil.homeLanguages],
    postcode: pupil.postcode,
    nominatedOn: pupil.nominatedOn,
    nominatedByName: nominatedBy?.name ?? '',
    status: statusOf(pupil, consent, openMatch !== null),
    family: pupil.family.getItems().map((member) => ({
      id: member.id,
      role: member.role as FamilyRole,
      firstName: member.firstName,
      lastName: member.lastName,
      email: member.email ?? null,
      phone: member.phone ?? null,
      preferredLanguage: member.preferredLanguage as PortalLanguage,
      readsDutch: member.readsDutch,
      hasParentalAuthority: member.hasParentalAuthority,
      isMentee: member.isMentee,
    })),
    consent: consentAssessmentView(consent),
    consentRecords: records.consents.map((record) => ({
      id: record.id,
      purpose: record.purpose as PupilDetail['consentRecords'][number]['purpose'],
      giverPersonId: record.giverPersonId,
      giverName: people.get(record.giverPersonId) ?? '',
      giverRole: record.giverRole,
      decision: record.decision as 'given' | 'refused',
      status: record.status as 'given' | 'refused' | 'withdrawn' | 'superseded',
      decidedOn: record.decidedOn,
      method: record.method,
      recordedByName: record.recordedByName,
      noticeVersionId: record.noticeVersionId,
      noticeLanguage: record.noticeLanguage,
      withdrawnOn: record.withdrawnOn ?? null,
      withdrawalChannel: record.withdrawalChannel ?? null,
    })),
    contactAttempts: records.contactAttempts.map((attempt) => ({
      id: attempt.id,
      familyMemberId: attempt.familyMember.id,
      on: attempt.on,
      channel: attempt.channel,
      result: attempt.result,
    })),
    familyNotifications: records.notifications.map((notification) => ({
      id: notification.id,
      notifiedPersonName: notification.notifiedPersonName,
      relationship: notification.relationship,
      notifiedOn: notification.notifiedOn,
      channel: notification.channel,
      contentSummary: notification.contentSummary,
      reasonParentsUnreachable: notification.reasonParentsUnreachable,
    })),
    openMatch,
    matchingProfile: {
      needs: pupil.needs as PupilDetail['matchingProfile']['needs'],
      availability: pupil.availability,
      genderPreference: pupil.genderPreference as PupilDetail['matchingProfile']['genderPreference'],
    },
    caseNotes:
      records.caseNotes?.map((note) => ({ id: note.id, text: note.text, authorName: note.authorName, createdAt: note.createdAt.toISOString() })) ?? null,
  };
}
