import type { ScreeningRecord, InterviewOutcome, ScreeningPolicy, ScreeningAssessment } from '@driehoek/domain/screening';
import { assessScreening } from '@driehoek/domain/screening';
import type { Volunteer, ReferenceCheck } from '@driehoek/db';
import type { ApplicantDetail, ApplicantSummary } from '@driehoek/contracts/screening';

/** The stored columns of a volunteer as the domain's `ScreeningRecord`: the one mapping between the two. */
export function screeningRecordOf(volunteer: Volunteer, references: readonly ReferenceCheck[]): ScreeningRecord {
  return {
    intakeInterview:
      volunteer.interviewHeldOn && volunteer.interviewer && volunteer.interviewOutcome
        ? {
            heldOn: volunteer.interviewHeldOn,
            interviewer: volunteer.interviewer,
            notes: volunteer.interviewNotes ?? '',
            outcome: volunteer.interviewOutcome as InterviewOutcome,
          }
        : undefined,
    referenceChecks: references.map((check) => ({
      checkedOn: check.checkedOn,
      refereeName: check.refereeName,
      outcome: check.outcome as 'positive' | 'negative',
    })),
    vog: {
      requestedOn: volunteer.vogRequestedOn ?? undefined,
      registration:
        volunteer.vogSeenOn && volunteer.vogIssueDate && volunteer.vogResult && volunteer.vogSeenBy
          ? {
              seenBy: volunteer.vogSeenBy,
              seenOn: volunteer.vogSeenOn,
              issueDate: volunteer.vogIssueDate,
              screeningAspects: volunteer.vogScreeningAspects ?? [],
              justisReference: volunteer.vogJustisReference ?? undefined,
              result: volunteer.vogResult as 'provided' | 'notProvided',
            }
          : undefined,
    },
    codeOfConduct:
      volunteer.codeOfConductSignedOn && volunteer.codeOfConductVersion
        ? { signedOn: volunteer.codeOfConductSignedOn, version: volunteer.codeOfConductVersion }
        : undefined,
    training: volunteer.trainingCompletedOn ? { completedOn: volunteer.trainingCompletedOn } : undefined,
    decision:
      volunteer.decisionKind && volunteer.decidedOn
        ? {
            kind: volunteer.decisionKind as 'rejected' | 'withdrawn',
            reason: volunteer.decisionReason ?? '',
            decidedOn: volunteer.decidedOn,
          }
        : undefined,
    revokedOn: volunteer.revokedOn ?? undefined,
  };
}

export function assess(volunteer: Volunteer, references: readonly ReferenceCheck[], policy: ScreeningPolicy, today: string): ScreeningAssessment {
  return assessScreening(screeningRecordOf(volunteer, references), policy, today);
}

export function applicantSummaryOf(volunteer: Volunteer, assessment: ScreeningAssessment): ApplicantSummary {
  return {
    id: volunteer.id,
    firstName: volunteer.firstName,
    lastName: volunteer.lastName,
    email: volunteer.email,
    appliedOn: volunteer.appliedOn,
    channel: volunteer.channel,
    stage: assessment.stage,
    readyToMatch: assessment.readyToMatch,
  };
}

export function applicantDetailOf(
  volunteer: Volunteer,
  references: readonly ReferenceCheck[],
  policy: ScreeningPolicy,
  today: string,
): ApplicantDetail {
  const record = screeningRecordOf(volunteer, references);
  const assessment = assessScreening(record, policy, today);
  const registration = record.vog.registration;
  return {
    id: volunteer.id,
    programme: {
      id: volunteer.programme.id,
      name: volunteer.programme.name,
      codeOfConductVersion: policy.codeOfConductVersion,
      requiredVogAspects: [...policy.requiredVogAspects],
    },
    firstName: volunteer.firstName,
    lastName: volunteer.lastName,
    email: volunteer.email,
    phone: volunteer.phone,
    postcode: volunteer.postcode,
    birthDate: volunteer.birthDate,
    languages: volunteer.languages,
    availability: volunteer.availability,
    motivation: volunteer.motivation,
    channel: volunteer.channel,
    employer: volunteer.employer ?? null,
    matchingProfile: { gender: volunteer.gender, skills: [...volunteer.skills], capacity: volunteer.capacity, suspended: volunteer.suspended },
    appliedOn: volunteer.appliedOn,
    privacyTextVersion: volunteer.privacyTextVersion,
    assessment: {
      status: assessment.status,
      stage: assessment.stage,
      readyToMatch: assessment.readyToMatch,
      steps: assessment.steps.map((step) => ({
        step: step.step,
        requirement: step.requirement,
        state: step.state,
        problems: [...step.problems],
        ...(step.doneOn ? { doneOn: step.doneOn } : {}),
      })),
      ...(assessment.vogRenewalDue ? { vogRenewalDue: assessment.vogRenewalDue } : {}),
    },
    record: {
      intakeInterview: record.intakeInterview ? { ...record.intakeInterview } : null,
      referenceChecks: record.referenceChecks.map((check) => ({ ...check })),
      vog: {
        requestedOn: record.vog.requestedOn ?? null,
        registration: registration
          ? {
              seenBy: registration.seenBy,
              seenOn: registration.seenOn,
              issueDate: registration.issueDate,
              screeningAspects: [...registration.screeningAspects],
              justisReference: registration.justisReference ?? null,
              result: registration.result,
            }
          : null,
      },
      codeOfConduct: record.codeOfConduct ? { ...record.codeOfConduct } : null,
      training: record.training ? { ...record.training } : null,
      decision: record.decision ? { ...record.decision } : null,
    },
  };
}
