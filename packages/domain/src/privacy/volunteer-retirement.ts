/**
 * R-5 for one volunteer, with what the law keeps longer: "Keep while the person is a volunteer
 * + 1 year. Never keep the document itself" (the VOG facts go with the record; no document is
 * ever stored, SCR-5). Allowance payments are the tax administration's (AWR art. 52: 7 full
 * calendar years) and must still say whom they paid: while one of them is kept, the volunteer's
 * name stays with them and everything else goes; once the last payment's period has ended, the
 * payments and the name go too. A volunteer who is the subject of a concern (SAF-11) is kept
 * under R-4(c) for a person to review.
 */
import type { IsoDate } from '../calendar/index.js';
import { retentionDecision, type RetentionDecision } from './retention.js';
import type { RetentionSettings } from './retention-settings.js';

export interface VolunteerRetirementFacts {
  readonly id: string;
  readonly leftOn: IsoDate | null;
  readonly subjectOfConcern: boolean;
  /** The allowance payments made to the volunteer, by id and day paid. */
  readonly payments: readonly { readonly id: string; readonly paidOn: IsoDate }[];
}

export interface VolunteerRetirement {
  /** R-5 (or R-4 for the subject of a concern) on the volunteer's record. */
  readonly decision: RetentionDecision;
  /** Strip the record of everything that identifies the volunteer or was learnt about them (contact, profile, interview, references, VOG facts, code of conduct, training). */
  readonly removePersonalData: boolean;
  /** Keep first and last name for the allowance payments still kept (AWR-52); false once none is kept. */
  readonly keepNameForTax: boolean;
  /** The payments whose tax period has ended (AWR-52): deleted, whatever the volunteer's state. */
  readonly expiredPayments: readonly string[];
}

export function volunteerRetirement(facts: VolunteerRetirementFacts, settings: RetentionSettings, today: IsoDate): VolunteerRetirement {
  const decision = retentionDecision({ kind: 'volunteer', id: facts.id, leftOn: facts.leftOn, subjectOfConcern: facts.subjectOfConcern }, settings, today);
  const expiredPayments = facts.payments.filter((payment) => retentionDecision({ kind: 'allowancePayment', id: payment.id, paidOn: payment.paidOn }, settings, today).action === 'delete').map((payment) => payment.id);
  const removePersonalData = decision.action === 'delete';
  return { decision, removePersonalData, keepNameForTax: removePersonalData && expiredPayments.length < facts.payments.length, expiredPayments };
}
