/**
 * The register of data-subject requests (GDPR art. 12, 15–21): when each is due (PRV-2) and who may
 * make it for a pupil (PRV-3). "Answer within one month; extendable by two months for complex
 * requests, telling the person within the first month; free of charge; refusal must be explained
 * within one month, with the right to complain" (reference §0.3, GDPR 12(3)–(5)).
 */
import { addMonths, ageOn, isIsoDate, type IsoDate } from '../calendar/index.js';
import { AGE_OF_CONSENT, sixteenthBirthday } from '../consent/age.js';
import { dayNumber } from '../schedule/days.js';
import { refuse, type Refusal } from '../result.js';
import type { Codes } from '../codes.js';

/** The rights a request invokes: access (15), rectification (16), erasure (17), restriction (18), portability (20), objection (21). */
export const SUBJECT_REQUEST_KINDS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'] as const;
export type SubjectRequestKind = (typeof SUBJECT_REQUEST_KINDS)[number];

export type SubjectRequestOutcome = 'granted' | 'partlyGranted' | 'refused';

/** Who the data is about: a pupil (PRV-3 depends on the age) or an adult (a parent, a volunteer, a staff member). */
export type RequestSubject = { readonly kind: 'pupil'; readonly birthDate: IsoDate } | { readonly kind: 'adult' };

/** Who made the request: the person themselves, or a pupil's legal representative (a parent with authority, a guardian). */
export type Requester = 'subject' | 'legalRepresentative';

/** One request in the register. Dates are days; the register is kept. */
export interface SubjectRequest {
  readonly id: string;
  readonly kind: SubjectRequestKind;
  readonly receivedOn: IsoDate;
  readonly subject: RequestSubject;
  readonly requester: Requester;
  /** PRV-2: the extension, with the day the person was told and why. */
  readonly extension?: { readonly notifiedOn: IsoDate; readonly reason: string } | null;
  readonly completedOn?: IsoDate | null;
  readonly outcome?: SubjectRequestOutcome | null;
}

/** PRV-2: the first deadline, one month after receipt (a 31 January request is due 28 or 29 February). */
export const requestDueOn = (receivedOn: IsoDate): IsoDate => addMonths(receivedOn, 1);

/** PRV-2: the latest deadline with an extension, three months after receipt. */
export const extendedDueOn = (receivedOn: IsoDate): IsoDate => addMonths(receivedOn, 3);

export type SubjectRequestProblem = Codes<
  | 'SUBJECT_REQUEST.DATE_INVALID'
  | 'SUBJECT_REQUEST.EXTENSION_TOO_LATE'
  | 'SUBJECT_REQUEST.EXTENSION_REASON_REQUIRED'
  | 'SUBJECT_REQUEST.ALREADY_EXTENDED'
  | 'SUBJECT_REQUEST.ALREADY_COMPLETED'
  | 'SUBJECT_REQUEST.THROUGH_REPRESENTATIVE'
  | 'SUBJECT_REQUEST.PUPIL_DECIDES'
>;

/**
 * PRV-2: an extension to +3 months is allowed only when the person is told within the first month
 * (`notifiedOn` ≤ `receivedOn` + 1 month) and with a reason (`SUBJECT_REQUEST.EXTENSION_TOO_LATE`,
 * `EXTENSION_REASON_REQUIRED`); once (`ALREADY_EXTENDED`), on an open request
 * (`ALREADY_COMPLETED`), dated on a real day not before receipt (`DATE_INVALID`).
 */
export function checkRequestExtension(request: SubjectRequest, extension: { readonly notifiedOn: IsoDate; readonly reason: string }): Refusal<SubjectRequestProblem> | null {
  if (request.completedOn) return refuse('SUBJECT_REQUEST.ALREADY_COMPLETED');
  if (request.extension) return refuse('SUBJECT_REQUEST.ALREADY_EXTENDED');
  if (!isIsoDate(extension.notifiedOn) || extension.notifiedOn < request.receivedOn) return refuse('SUBJECT_REQUEST.DATE_INVALID', 'notifiedOn');
  if (extension.notifiedOn > requestDueOn(request.receivedOn)) return refuse('SUBJECT_REQUEST.EXTENSION_TOO_LATE', 'notifiedOn');
  if (extension.reason.trim() === '') return refuse('SUBJECT_REQUEST.EXTENSION_REASON_REQUIRED', 'reason');
  return null;
}

/**
 * PRV-3: who holds a pupil's rights on a day: the legal representative under 16, the pupil from the
 * 16th birthday (the consent age, CON-8; `AGE_OF_CONSENT`). An adult holds their own.
 */
export function rightsHolderOn(subject: RequestSubject, on: IsoDate): Requester {
  return subject.kind === 'pupil' && ageOn(subject.birthDate, on) < AGE_OF_CONSENT ? 'legalRepresentative' : 'subject';
}

/** PRV-3: the day a pupil's requests move to the pupil (the 16th birthday). */
export const rightsMoveToPupilOn = (birthDate: IsoDate): IsoDate => sixteenthBirthday(birthDate);

/**
 * PRV-3: for a pupil under 16 a request is handled through the legal representative
 * (`SUBJECT_REQUEST.THROUGH_REPRESENTATIVE`: the coordinator contacts the parents; the pupil is not
 * turned away but does not receive the data directly); from 16 the pupil decides
 * (`SUBJECT_REQUEST.PUPIL_DECIDES`: a parent's request needs the pupil's authorisation). Needs
 * legal review (reference PRV-3).
 */
export function checkRequester(subject: RequestSubject, requester: Requester, receivedOn: IsoDate, authorisedByPupil = false): Refusal<SubjectRequestProblem> | null {
  if (subject.kind === 'adult') return requester === 'subject' ? null : refuse('SUBJECT_REQUEST.PUPIL_DECIDES', 'requester');
  const holder = rightsHolderOn(subject, receivedOn);
  if (holder === requester) return null;
  if (holder === 'legalRepresentative') return refuse('SUBJECT_REQUEST.THROUGH_REPRESENTATIVE', 'requester');
  return authorisedByPupil ? null : refuse('SUBJECT_REQUEST.PUPIL_DECIDES', 'requester');
}

export type SubjectRequestStatus = 'open' | 'dueSoon' | 'overdue' | 'answered' | 'answeredLate';

export interface SubjectRequestStanding {
  readonly dueOn: IsoDate;
  readonly extended: boolean;
  readonly status: SubjectRequestStatus;
  /** Days from today to the due date (negative when overdue); null once answered. */
  readonly daysLeft: number | null;
  /**
   * GDPR 12(4): a refusal is explained within one month of receipt, also when the deadline was
   * extended. True when a refusal came later.
   */
  readonly refusedLate: boolean;
}

/**
 * PRV-2: where a request stands on `today`: due one month after receipt, or three with a valid
 * extension (`checkRequestExtension`); `dueSoon` within `dueSoonDays` (default 7) of the due date,
 * `overdue` after it; `answered` or `answeredLate` once completed.
 */
export function subjectRequestStanding(request: SubjectRequest, today: IsoDate, dueSoonDays = 7): SubjectRequestStanding {
  const extension = request.extension ?? null;
  const validExtension = extension !== null && checkRequestExtension({ ...request, extension: null, completedOn: null }, extension) === null;
  const dueOn = validExtension ? extendedDueOn(request.receivedOn) : requestDueOn(request.receivedOn);
  const completedOn = request.completedOn ?? null;
  const refusedLate = request.outcome === 'refused' && completedOn !== null && completedOn > requestDueOn(request.receivedOn);
  if (completedOn !== null) return { dueOn, extended: validExtension, status: completedOn > dueOn ? 'answeredLate' : 'answered', daysLeft: null, refusedLate };
  const daysLeft = dayNumber(dueOn) - dayNumber(today);
  const status: SubjectRequestStatus = daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'dueSoon' : 'open';
  return { dueOn, extended: validExtension, status, daysLeft, refusedLate };
}
