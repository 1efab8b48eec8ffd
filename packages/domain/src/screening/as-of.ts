/**
 * A volunteer's screening record as it stood on a past day: for checking what held then (SCR-1 at
 * a match's activation, CON-1(iii)), since `assessScreening` judges the record it is given.
 */
import type { IsoDate } from '../calendar/index.js';
import type { ScreeningRecord } from './types.js';

/**
 * The record with only what was recorded on or before `day`: the interview held, the reference
 * checks made, the VOG requested and seen, the code signed, the training completed, the decision
 * taken and the revocation by then. `assessScreening(screeningRecordOn(record, day), policy, day)`
 * is the screening status on that day.
 */
export function screeningRecordOn(record: ScreeningRecord, day: IsoDate): ScreeningRecord {
  const by = (date: IsoDate | undefined): boolean => date !== undefined && date <= day;
  const { intakeInterview, vog, codeOfConduct, training, decision, revokedOn } = record;
  return {
    ...(intakeInterview && by(intakeInterview.heldOn) ? { intakeInterview } : {}),
    referenceChecks: record.referenceChecks.filter((check) => by(check.checkedOn)),
    vog: {
      ...(by(vog.requestedOn) ? { requestedOn: vog.requestedOn } : {}),
      ...(vog.registration && by(vog.registration.seenOn) ? { registration: vog.registration } : {}),
    },
    ...(codeOfConduct && by(codeOfConduct.signedOn) ? { codeOfConduct } : {}),
    ...(training && by(training.completedOn) ? { training } : {}),
    ...(decision && by(decision.decidedOn) ? { decision } : {}),
    ...(by(revokedOn) ? { revokedOn } : {}),
  };
}
