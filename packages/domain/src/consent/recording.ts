/**
 * The checks a consent record and a withdrawal must pass before they are saved (CON-2, CON-3,
 * CON-4, CON-7…CON-10, CON-12). Each returns a `Refusal` with a CONSENT code, or `null` (an
 * accepted record for `withdrawConsent`); the api saves, the domain decides.
 */
import { compareDates, isIsoDate, type IsoDate } from '../calendar/index.js';
import { accept, refuse, type Refusal, type Result } from '../result.js';
import { consentAgeFields, isGuardianRole } from './age.js';
import { currentConsentRecords, effectiveConsentStatus } from './records.js';
import type { ConsentMethod, ConsentRecord, ConsentRecorder, ConsentSubject, ConsentWithdrawal } from './types.js';
import type { Codes } from '../codes.js';

/** Why a recorder may not put a statement into the system (CON-12). */
export type RecorderProblem = Codes< 'CONSENT.VOLUNTEER_MAY_NOT_RECORD' | 'CONSENT.PORTAL_ONLY_BY_GIVER' | 'CONSENT.RECORDED_FOR_SOMEONE_ELSE'>;

export type ConsentRecordingProblem = Codes<
  | RecorderProblem
  | 'CONSENT.DATE_INVALID'
  | 'CONSENT.DATE_IN_FUTURE'
  | 'CONSENT.NEW_RECORD_NOT_A_DECISION'
  | 'CONSENT.NOT_AFFIRMATIVE'
  | 'CONSENT.NOTICE_MISSING'
  | 'CONSENT.NOTICE_WRONG_AUDIENCE'
  | 'CONSENT.AUTHORITY_NOT_VERIFIED'
  | 'CONSENT.AGE_FIELDS_WRONG'
  | 'CONSENT.APPLICATION_CLOSED_REFUSED'
  | 'CONSENT.PUPIL_FIRST'
  | 'CONSENT.ALREADY_RECORDED'
  | 'CONSENT.SUPERSEDES_UNKNOWN'
  | 'CONSENT.SUPERSEDES_OTHER_CONSENT'
  | 'CONSENT.ALREADY_SUPERSEDED'
>;

export type ConsentRecordingRefusal = Refusal<ConsentRecordingProblem>;

export type WithdrawalProblem = Codes<
  | RecorderProblem
  | 'CONSENT.DATE_INVALID'
  | 'CONSENT.DATE_IN_FUTURE'
  | 'CONSENT.NOT_GIVEN'
  | 'CONSENT.WITHDRAWN_BEFORE_DECIDED'
>;

/**
 * CON-12: who may put a statement (a consent, a refusal, a withdrawal) into the system. Never a
 * volunteer. A coordinator or school mentor records what the giver said (in person, by phone, on
 * paper). The giver themselves only through the portal, and only for themselves; the portal is
 * theirs alone, so no one else records "through the portal". The api also enforces the role on the
 * procedure; this is the same rule as data, so a test proves it.
 */
export function checkRecorder(
  recorder: ConsentRecorder,
  method: ConsentMethod,
  giverPersonId: string,
  field: string,
): Refusal<RecorderProblem> | null {
  if (recorder.role === 'volunteer') return refuse('CONSENT.VOLUNTEER_MAY_NOT_RECORD', field);
  if ((recorder.role === 'giver') !== (method === 'portal')) return refuse('CONSENT.PORTAL_ONLY_BY_GIVER', field);
  if (recorder.role === 'giver' && recorder.personId !== giverPersonId) return refuse('CONSENT.RECORDED_FOR_SOMEONE_ELSE', field);
  return null;
}

/** A valid day that is not after today. */
function checkDay(day: IsoDate, today: IsoDate, field: string): Refusal<'CONSENT.DATE_INVALID' | 'CONSENT.DATE_IN_FUTURE'> | null {
  if (!isIsoDate(day)) return refuse('CONSENT.DATE_INVALID', field);
  if (compareDates(day, today) > 0) return refuse('CONSENT.DATE_IN_FUTURE', field);
  return null;
}

const filled = (value: string): boolean => value.trim().length > 0;

/** The new record's own content: CON-7, CON-9, CON-10, CON-8. */
function checkContent(record: ConsentRecord, subject: ConsentSubject, today: IsoDate): ConsentRecordingRefusal | null {
  const recorder = checkRecorder(record.recordedBy, record.method, record.giverPersonId, 'recordedBy');
  if (recorder) return recorder;
  const decided = checkDay(record.decidedOn, today, 'decidedOn');
  if (decided) return decided;
  if (record.status !== record.decision || record.withdrawal || record.supersedesConsentId === record.id) {
    return refuse('CONSENT.NEW_RECORD_NOT_A_DECISION', 'status');
  }
  // CON-7: no default-true; the exact notice shown is referenced.
  if (record.decision === 'given' && !record.affirmativeAction) return refuse('CONSENT.NOT_AFFIRMATIVE', 'affirmativeAction');
  const { notice } = record;
  if (!filled(notice.versionId) || !filled(notice.contentHash) || !filled(notice.language)) return refuse('CONSENT.NOTICE_MISSING', 'notice');
  // CON-10: the pupil gets the child-friendly text, everyone else the adult one.
  if (notice.childFriendly !== (record.giverRole === 'pupil')) return refuse('CONSENT.NOTICE_WRONG_AUDIENCE', 'notice');
  // CON-9: a guardian's consent counts only with the check of parental authority recorded.
  if (isGuardianRole(record.giverRole) && record.decision === 'given') {
    const verification = record.authorityVerification;
    if (!verification || !filled(verification.verifiedBy)) return refuse('CONSENT.AUTHORITY_NOT_VERIFIED', 'authorityVerification');
    const verified = checkDay(verification.verifiedOn, today, 'authorityVerification');
    if (verified) return verified;
  }
  // CON-8: age at consent, legal basis and re-confirmation date follow from the birth date.
  const expected = consentAgeFields(subject, record.giverRole, record.decidedOn);
  for (const field of ['legalBasisGiver', 'pupilAgeAtConsent', 'reconfirmationDueOn'] as const) {
    if (record[field] !== expected[field]) return refuse('CONSENT.AGE_FIELDS_WRONG', field);
  }
  return null;
}

/**
 * Checks a new consent record (a GIVEN or a REFUSED) against the records already kept for the
 * pupil, before it is saved. Returns `null` when it may be saved.
 *
 * - CON-12: recorded by a coordinator or school mentor, or by the giver through the portal;
 *   never by a volunteer.
 * - CON-7: a GIVEN comes from an affirmative action and names the notice shown (version, hash,
 *   language). CON-10: a pupil's record carries the child-friendly notice, any other the adult one.
 * - CON-9: a guardian's GIVEN records how, by whom and when parental authority was verified.
 * - CON-8: `pupilAgeAtConsent`, `legalBasisGiver` and `reconfirmationDueOn` are as
 *   `consentAgeFields` computes them from the birth date and `decidedOn`.
 * - CON-3: once the pupil or a guardian refused MENTORING the application is closed: nothing more is
 *   recorded on it (re-applying starts a new application with fresh records).
 * - CON-2: a guardian (of either role) is asked only after the pupil agreed: a guardian's record,
 *   given or refused, needs a current pupil MENTORING consent that is GIVEN and decided on or
 *   before the guardian's day (seed step 3–4: "eerst zelf … Als de leerling zelf akkoord is").
 * - B2 "one per purpose per giver": a second record for the same purpose and giver must supersede
 *   the current one (`supersedesConsentId`), which must exist, be current and be about the same
 *   purpose, giver and subject.
 *
 * Only records of the new record's application and subject are considered.
 */
export function checkConsentRecording(
  newRecord: ConsentRecord,
  existingRecords: readonly ConsentRecord[],
  subject: ConsentSubject,
  today: IsoDate,
): ConsentRecordingRefusal | null {
  const content = checkContent(newRecord, subject, today);
  if (content) return content;

  const application = existingRecords.filter(
    (record) => record.applicationId === newRecord.applicationId && record.subjectId === newRecord.subjectId,
  );
  const current = currentConsentRecords(application);

  const mentoringRefused = current.some(
    (record) => record.purpose === 'mentoring' && record.giverRole !== 'adultMentee' && effectiveConsentStatus(record) === 'refused',
  );
  if (mentoringRefused) return refuse('CONSENT.APPLICATION_CLOSED_REFUSED', 'applicationId');

  if (isGuardianRole(newRecord.giverRole)) {
    const pupilAgreed = current.some(
      (record) =>
        record.purpose === 'mentoring' &&
        record.giverRole === 'pupil' &&
        effectiveConsentStatus(record) === 'given' &&
        compareDates(record.decidedOn, newRecord.decidedOn) <= 0,
    );
    if (!pupilAgreed) return refuse('CONSENT.PUPIL_FIRST', 'giverRole');
  }

  const sameSlot = (record: ConsentRecord): boolean =>
    record.purpose === newRecord.purpose && record.giverPersonId === newRecord.giverPersonId;
  const supersedesId = newRecord.supersedesConsentId;
  if (supersedesId === undefined) {
    return current.some(sameSlot) ? refuse('CONSENT.ALREADY_RECORDED', 'supersedesConsentId') : null;
  }
  const superseded = application.find((record) => record.id === supersedesId);
  if (!superseded) return refuse('CONSENT.SUPERSEDES_UNKNOWN', 'supersedesConsentId');
  if (!sameSlot(superseded) || compareDates(superseded.decidedOn, newRecord.decidedOn) > 0) {
    return refuse('CONSENT.SUPERSEDES_OTHER_CONSENT', 'supersedesConsentId');
  }
  if (!current.includes(superseded)) return refuse('CONSENT.ALREADY_SUPERSEDED', 'supersedesConsentId');
  return null;
}

/**
 * CON-4: withdraws a GIVEN consent and returns the record as it is to be saved (status WITHDRAWN,
 * the withdrawal kept; nothing else changes, so what was processed before stays demonstrably
 * lawful). Either the pupil or a guardian can withdraw at any time, whatever the state of a match,
 * and through a path no harder than giving: the portal, or a coordinator or school mentor recording
 * what they said; a reason is never required (B2). A volunteer can never withdraw (CON-12).
 * Only a current GIVEN can be withdrawn (CONSENT.NOT_GIVEN otherwise). What must happen next is
 * `withdrawalConsequences`.
 */
export function withdrawConsent(
  record: ConsentRecord,
  withdrawal: ConsentWithdrawal,
  today: IsoDate,
): Result<ConsentRecord, WithdrawalProblem> {
  const recorder = checkRecorder(withdrawal.withdrawnBy, withdrawal.channel, record.giverPersonId, 'withdrawnBy');
  if (recorder) return recorder;
  const day = checkDay(withdrawal.withdrawnOn, today, 'withdrawnOn');
  if (day) return day;
  if (effectiveConsentStatus(record) !== 'given') return refuse('CONSENT.NOT_GIVEN', 'status');
  if (compareDates(withdrawal.withdrawnOn, record.decidedOn) < 0) return refuse('CONSENT.WITHDRAWN_BEFORE_DECIDED', 'withdrawnOn');
  return accept({ ...record, status: 'withdrawn', withdrawal });
}
