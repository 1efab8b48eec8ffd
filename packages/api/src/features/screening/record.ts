import type { ScreeningRecord, InterviewOutcome, ScreeningPolicy, ScreeningAssessment } from '@driehoek/domain/screening';
import { assessScreening } from '@driehoek/domain/screening';
import type { Volunteer, ReferenceCheck } from '@driehoek/db';
import type { ApplicantDetail, ApplicantSummary } from '@driehoek/contracts/screening';

/** The columns of a volunteer the screening is judged on (an entity, or a plain row read for a report). */
export type ScreeningColumns = Pick<
  Volunteer,
  | 'interviewHeldOn'
  | 'interviewer'
  | 'interviewNotes'
  | 'interviewOutcome'
  | 'vogRequestedOn'
  | 'vogSeenBy'
  | 'vogSeenOn'
  | 'vogIssueDate'
  | 'vogScreeningAspects'
  | 'vogJustisReference'
  | 'vogResult'
  | 'codeOfConductSignedOn'
  | 'codeOfConductVersion'
  | 'trainingCompletedOn'
  | 'decisionKind'
  | 'decisionReason'
  | 'decidedOn'
  | 'revokedOn'
>;
export type ReferenceColumns = Pick<ReferenceCheck, 'checkedOn' | 'refereeName' | 'outcome'>;

const SCREENING_FIELDS = [
  'interviewHeldOn', 'interviewer', 'interviewNotes', 'interviewOutcome', 'vogRequestedOn', 'vogSeenBy', 'vogSeenOn', 'vogIssueDate', 'vogScreeningAspects',
  'vogJustisReference', 'vogResult', 'codeOfConductSignedOn', 'codeOfConductVersion', 'trainingCompletedOn', 'decisionKind', 'decisionReason', 'decidedOn', 'revokedOn',
] as const satisfies readonly (keyof ScreeningColumns)[];
const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The volunteer table's screening columns for a plain `select` (prefixed with the table's alias), read back by `screeningColumnsOfRow`. */
export function screeningColumnsSql(alias: string): string {
  return SCREENING_FIELDS.map((field) => `${alias}.${columnOf(field)}`).join(', ');
}

/**
 * A plain row of `screeningColumnsSql` as the columns `screeningRecordOf` reads (CONVENTIONS 11:
 * a report over thousands of volunteers reads rows, not entities). JSON comes back as text from
 * SQLite and as a value from PostgreSQL.
 */
export function screeningColumnsOfRow(row: Record<string, unknown>): ScreeningColumns {
  const value = (field: string) => row[columnOf(field)] ?? null;
  const aspects = value('vogScreeningAspects');
  const columns = Object.fromEntries(SCREENING_FIELDS.map((field) => [field, value(field) === null ? null : String(value(field))]));
  return { ...columns, vogScreeningAspects: aspects === null ? null : typeof aspects === 'string' ? (JSON.parse(aspects) as string[]) : (aspects as string[]) } as ScreeningColumns;
}

/** Reference-check rows (`volunteer_id, checked_on, referee_name, outcome`) per volunteer, in the order read. */
export function referencesByVolunteer(rows: readonly Record<string, unknown>[]): Map<string, ReferenceColumns[]> {
  const byVolunteer = new Map<string, ReferenceColumns[]>();
  for (const row of rows) {
    const list = byVolunteer.get(String(row.volunteer_id)) ?? [];
    list.push({ checkedOn: String(row.checked_on), refereeName: String(row.referee_name), outcome: String(row.outcome) });
    byVolunteer.set(String(row.volunteer_id), list);
  }
  return byVolunteer;
}

/** The stored columns of a volunteer as the domain's `ScreeningRecord`: the one mapping between the two. */
export function screeningRecordOf(volunteer: ScreeningColumns, references: readonly ReferenceColumns[]): ScreeningRecord {
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

export function assess(volunteer: ScreeningColumns, references: readonly ReferenceColumns[], policy: ScreeningPolicy, today: string): ScreeningAssessment {
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
