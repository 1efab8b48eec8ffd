/**
 * One place decides where a pupil's (or adult mentee's) consents stand, so the coordinator's
 * list, the pupil page and the matcher agree (CON-1(i)(ii), CON-2, CON-3, CON-5, CON-6, CON-8;
 * DOMAIN.md §3).
 */
import { requireIsoDate } from '../input.js';
import { ageOn, compareDates, type IsoDate } from '../calendar/index.js';
import { AGE_OF_CONSENT, isGuardianRole, legalBasisGiverOn, sixteenthBirthday } from './age.js';
import { currentConsentRecords, effectiveConsentStatus } from './records.js';
import type {
  ConsentAssessment,
  ConsentGiver,
  ConsentNextStep,
  ConsentProblem,
  ConsentRecord,
  ConsentRequirement,
  ConsentRequirements,
  ConsentState,
  ConsentSubject,
  FamilyNotification,
  GiverAssessment,
  PurposeAssessment,
} from './types.js';

function recordsOf(giver: ConsentGiver, records: readonly ConsentRecord[]): readonly ConsentRecord[] {
  switch (giver) {
    case 'pupil':
      return records.filter((record) => record.giverRole === 'pupil');
    case 'guardian':
      return records.filter((record) => isGuardianRole(record.giverRole));
    case 'mentee':
      return records.filter((record) => record.giverRole === 'adultMentee');
  }
}

const PROBLEMS: Readonly<Record<ConsentGiver, Readonly<Record<'missing' | 'refused' | 'withdrawn', ConsentProblem>>>> = {
  pupil: { missing: 'CONSENT.PUPIL_MISSING', refused: 'CONSENT.PUPIL_REFUSED', withdrawn: 'CONSENT.PUPIL_WITHDRAWN' },
  guardian: { missing: 'CONSENT.GUARDIAN_MISSING', refused: 'CONSENT.GUARDIAN_REFUSED', withdrawn: 'CONSENT.GUARDIAN_WITHDRAWN' },
  mentee: { missing: 'CONSENT.MENTEE_MISSING', refused: 'CONSENT.MENTEE_REFUSED', withdrawn: 'CONSENT.MENTEE_WITHDRAWN' },
};

/** A giver slot with whether it is required, before it is judged. */
interface Slot {
  readonly giver: ConsentGiver;
  readonly required: boolean;
  readonly legallyRequired: boolean;
}

/**
 * The givers looked at for a purpose. A guardian slot is always looked at for a pupil's purpose,
 * even when not required: "if the parents refuse, there is no match" (seed step 4; CON-3), and
 * either can withdraw (CON-4). Under 16 it is required by law wherever the pupil's consent is (CON-8).
 */
function slotsFor(requirement: ConsentRequirement, under16: boolean): readonly Slot[] {
  const listed = (giver: ConsentGiver): boolean => requirement.givers.includes(giver);
  if (listed('mentee') && !listed('pupil') && !listed('guardian')) return [{ giver: 'mentee', required: true, legallyRequired: false }];
  const guardianByLaw = under16 && listed('pupil');
  const slots: Slot[] = [];
  if (listed('pupil')) slots.push({ giver: 'pupil', required: true, legallyRequired: false });
  slots.push({ giver: 'guardian', required: listed('guardian') || guardianByLaw, legallyRequired: guardianByLaw });
  if (listed('mentee')) slots.push({ giver: 'mentee', required: true, legallyRequired: false });
  return slots;
}

/**
 * One giver's state for one purpose: refused > withdrawn > given > pending over their current
 * records (one parent's refusal or withdrawal counts even when the other parent consented). A
 * guardian's GIVEN without a recorded authority check does not count (CON-9).
 */
function judgeSlot(slot: Slot, records: readonly ConsentRecord[]): GiverAssessment {
  const own = recordsOf(slot.giver, records);
  const withStatus = (status: string): readonly ConsentRecord[] => own.filter((record) => effectiveConsentStatus(record) === status);
  const problems = PROBLEMS[slot.giver];
  const base = { giver: slot.giver, legallyRequired: slot.legallyRequired };
  const refused = withStatus('refused');
  if (refused.length > 0) return { ...base, state: 'refused', recordIds: refused.map((r) => r.id), problems: [problems.refused] };
  const withdrawn = withStatus('withdrawn');
  if (withdrawn.length > 0) return { ...base, state: 'withdrawn', recordIds: withdrawn.map((r) => r.id), problems: [problems.withdrawn] };
  const given = withStatus('given');
  const verified = slot.giver === 'guardian' ? given.filter((record) => record.authorityVerification !== undefined) : given;
  if (verified.length > 0) return { ...base, state: 'given', recordIds: verified.map((r) => r.id), problems: [] };
  const problem = given.length > 0 ? 'CONSENT.GUARDIAN_NOT_VERIFIED' : problems.missing;
  return { ...base, state: 'pending', recordIds: given.map((r) => r.id), problems: [problem] };
}

/** Whether a slot decides the purpose: a required one always, any other only by saying no. */
const counts = (slot: Slot, judged: GiverAssessment): boolean =>
  slot.required || judged.state === 'refused' || judged.state === 'withdrawn';

const SEVERITY: readonly ConsentState[] = ['refused', 'withdrawn', 'pending', 'given'];

function nextStepOf(needed: readonly PurposeAssessment[], countingSlots: readonly GiverAssessment[]): ConsentNextStep {
  if (needed.some((purpose) => purpose.state === 'refused' || purpose.state === 'withdrawn')) return 'cannotMatch';
  const pending = (giver: ConsentGiver): boolean => countingSlots.some((slot) => slot.giver === giver && slot.state === 'pending');
  if (pending('pupil')) return 'askPupil';
  if (pending('mentee')) return 'askMentee';
  if (pending('guardian')) return 'askParents';
  return 'done';
}

/**
 * Assesses the consents of one application on `today` against the programme's requirements.
 * `records` and `notifications` are those of the application (superseded records may be included:
 * only the current ones count).
 *
 * - Per purpose and giver: given, pending, refused or withdrawn; the purpose takes the worst of its
 *   givers (refused > withdrawn > pending > given).
 * - CON-1(i)(ii): `readyToMatch` only when every purpose `neededToMatch` is given by everyone who
 *   must give it. The rest of CON-1 (screening cleared, no suspending concern) is
 *   `checkMatchActivation`.
 * - CON-8: under 16 (age from the birth date and `today`) a guardian's consent is required wherever
 *   the pupil's is, even if the programme lists only the pupil; from the 16th birthday it is required
 *   only where the programme lists 'guardian'.
 * - CON-2: `nextStep` asks the pupil before the parents; `askParents` only once nothing is pending
 *   from the pupil.
 * - CON-3 (seed step 3–4): a refusal by the pupil or a guardian of a purpose needed to match gives
 *   `cannotMatch` with the reason in `blockers`; a MENTORING refusal also closes the application
 *   (`applicationOutcome: 'closedRefused'`). A guardian's refusal counts even where the programme
 *   does not require guardian consent.
 * - CON-4: a withdrawal of a purpose needed to match gives `cannotMatch` (no new match).
 * - CON-5: a family notification sets `familyInformed` and nothing else: a guardian's consent stays
 *   pending.
 * - CON-6: an optional purpose (`neededToMatch: false`) is assessed but never blocks, whatever it
 *   says, and never changes another purpose.
 * - CON-8 [D]: `reconfirmation` when the pupil consented before 16; `due` from the 16th birthday until
 *   the pupil gives MENTORING consent again on or after it. It does not block.
 *
 * @returns per purpose and giver the state, the next step, the blockers and the application outcome
 * @throws {DomainInputError} when `today` or the subject's birth date is not an ISO date
 */
export function assessConsent(
  records: readonly ConsentRecord[],
  notifications: readonly FamilyNotification[],
  subject: ConsentSubject,
  requirements: ConsentRequirements,
  today: IsoDate,
): ConsentAssessment {
  requireIsoDate(today, 'today');
  const current = currentConsentRecords(records);
  const subjectAge = ageOn(subject.birthDate, today);
  const under16 = subjectAge < AGE_OF_CONSENT;
  // No purpose about a pupil: the mentee is an adult (Parent'R'US, legal mentorship) who consents for themselves.
  const adultMentee = !requirements.purposes.some((r) => r.givers.includes('pupil') || r.givers.includes('guardian'));

  const countingSlots: GiverAssessment[] = [];
  const purposes: PurposeAssessment[] = requirements.purposes.map((requirement) => {
    const forPurpose = current.filter((record) => record.purpose === requirement.purpose);
    const judged = slotsFor(requirement, under16).map((slot) => ({ slot, judged: judgeSlot(slot, forPurpose) }));
    const deciding = judged.filter(({ slot, judged: j }) => counts(slot, j)).map(({ judged: j }) => j);
    if (requirement.neededToMatch) countingSlots.push(...deciding);
    const state = SEVERITY.find((severity) => deciding.some((giver) => giver.state === severity)) ?? 'given';
    return { purpose: requirement.purpose, neededToMatch: requirement.neededToMatch, state, givers: judged.map(({ judged: j }) => j) };
  });

  const needed = purposes.filter((purpose) => purpose.neededToMatch);
  const blockers = [...new Set(countingSlots.flatMap((slot) => slot.problems))];
  const nextStep = nextStepOf(needed, countingSlots);
  const mentoringRefused = purposes.some((purpose) => purpose.purpose === 'mentoring' && purpose.state === 'refused');

  const reconfirmation = adultMentee ? undefined : reconfirmationOf(current, subject, today);
  return {
    purposes,
    readyToMatch: nextStep === 'done',
    blockers,
    nextStep,
    ...(mentoringRefused ? { applicationOutcome: 'closedRefused' as const } : {}),
    subjectAge,
    legalBasisGiver: adultMentee ? 'mentee' : legalBasisGiverOn(subject, 'pupil', today),
    familyInformed: notifications.length > 0,
    ...(reconfirmation ? { reconfirmation } : {}),
  };
}

/** CON-8 [D]: the pupil confirms at 16 what was consented before. */
function reconfirmationOf(
  current: readonly ConsentRecord[],
  subject: ConsentSubject,
  today: IsoDate,
): { readonly dueOn: IsoDate; readonly due: boolean } | undefined {
  const dueOn = sixteenthBirthday(subject.birthDate);
  const consentedBefore16 = current.some(
    (record) => record.giverRole !== 'adultMentee' && effectiveConsentStatus(record) === 'given' && compareDates(record.decidedOn, dueOn) < 0,
  );
  if (!consentedBefore16) return undefined;
  const confirmed = current.some(
    (record) =>
      record.purpose === 'mentoring' &&
      record.giverRole === 'pupil' &&
      effectiveConsentStatus(record) === 'given' &&
      compareDates(record.decidedOn, dueOn) >= 0,
  );
  return { dueOn, due: compareDates(today, dueOn) >= 0 && !confirmed };
}
