/**
 * The steps between a proposal and the start (schoolscool-thuismentor-worden.txt: "Plant de
 * mentorcoördinator een afspraak met jou en met het gezin voor het matchingsgesprek. Bij dat
 * gesprek is iemand van School's cool aanwezig. Als van beide kanten ingestemd wordt, tekenen
 * scholier, ouders en thuismentor een contract. Daarna wordt een geschikt tijdstip in de week
 * overeengekomen en kan de begeleiding beginnen"), and Thuisschoolmaatje's warm handover. Each
 * returns the match with the step's facts added, or the first refusal; steps go in order and a
 * step's date is never before the step it follows.
 */
import { WEEKDAYS } from '../application/index.js';
import { accept, refuse, type Result } from '../result.js';
import { checkStepDate, filled } from './dates.js';
import { matchStage, missingSigners } from './stage.js';
import type { IsoDate } from '../calendar/index.js';
import type {
  AgreementSide,
  ContractSignature,
  MatchIntroduction,
  MatchLifecycleSettings,
  MatchProblem,
  MatchRecord,
  WarmHandover,
  WeeklyTime,
} from './types.js';

/**
 * Records the matching conversation. Only on a proposed match with no agreement yet
 * (`MATCH.WRONG_STAGE`); someone attended (`MATCH.ATTENDEES_REQUIRED` on `attendees`); the
 * organisation's representative was there when the programme requires it (School's cool: "Bij dat
 * gesprek is iemand van School's cool aanwezig"; `MATCH.REPRESENTATIVE_REQUIRED` on
 * `organisationRepresentative`); held on or after the proposal and not after `today`. A programme
 * that does not require the conversation may still record one. Blank names are dropped.
 */
export function recordIntroduction(
  match: MatchRecord,
  introduction: MatchIntroduction,
  settings: MatchLifecycleSettings,
  today: IsoDate,
): Result<MatchRecord, MatchProblem> {
  const hasAgreement = match.agreements.volunteer !== undefined || match.agreements.family !== undefined;
  if (matchStage(match) !== 'proposed' || hasAgreement) return refuse('MATCH.WRONG_STAGE', 'introduction');
  const attendees = introduction.attendees.map((name) => name.trim()).filter((name) => name !== '');
  if (attendees.length === 0) return refuse('MATCH.ATTENDEES_REQUIRED', 'attendees');
  const representative = filled(introduction.organisationRepresentative) ? introduction.organisationRepresentative.trim() : null;
  if (settings.organisationRepresentativeRequired && representative === null) {
    return refuse('MATCH.REPRESENTATIVE_REQUIRED', 'organisationRepresentative');
  }
  const dateRefusal = checkStepDate(introduction.heldOn, 'heldOn', match.proposedOn, today);
  if (dateRefusal) return dateRefusal;
  return accept({ ...match, introduction: { heldOn: introduction.heldOn, attendees, organisationRepresentative: representative } });
}

/**
 * Records that one side agreed to the match ("Als van beide kanten ingestemd wordt"): the volunteer
 * or the family, each with its own date. Only while neither is closed nor both agreed, after the
 * matching conversation when the programme requires one, and once per side (`MATCH.WRONG_STAGE`,
 * on `introduction` or `side`); dated on or after the conversation (or the proposal).
 */
export function recordAgreement(
  match: MatchRecord,
  agreement: { readonly side: AgreementSide; readonly agreedOn: IsoDate },
  settings: MatchLifecycleSettings,
  today: IsoDate,
): Result<MatchRecord, MatchProblem> {
  const stage = matchStage(match);
  if (stage !== 'proposed' && stage !== 'introduced') return refuse('MATCH.WRONG_STAGE', 'side');
  if (settings.requireIntroduction && !match.introduction) return refuse('MATCH.WRONG_STAGE', 'introduction');
  if (match.agreements[agreement.side] !== undefined) return refuse('MATCH.WRONG_STAGE', 'side');
  const dateRefusal = checkStepDate(agreement.agreedOn, 'agreedOn', match.introduction?.heldOn ?? match.proposedOn, today);
  if (dateRefusal) return dateRefusal;
  return accept({ ...match, agreements: { ...match.agreements, [agreement.side]: agreement.agreedOn } });
}

/** The later of the two agreements: the contract and the weekly time come after both. */
function agreedOn(match: MatchRecord): IsoDate {
  const { volunteer, family } = match.agreements;
  const dates = [volunteer, family, match.proposedOn].filter((date): date is IsoDate => date !== undefined);
  return dates.reduce((latest, date) => (date > latest ? date : latest));
}

/**
 * The day the contract became complete: the latest of each required signer's first signature;
 * `undefined` while a required signer has not signed.
 */
function completedOn(signatures: readonly ContractSignature[], settings: MatchLifecycleSettings): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const signer of settings.contractSigners) {
    const dates = signatures.filter((signature) => signature.signer === signer).map((signature) => signature.signedOn);
    if (dates.length === 0) return undefined;
    const first = dates.reduce((earliest, date) => (date < earliest ? date : earliest));
    if (latest === undefined || first > latest) latest = first;
  }
  return latest;
}

/**
 * Records one signature on the contract (School's cool: "tekenen scholier, ouders en thuismentor
 * een contract"). After both sides agreed and before the start (`MATCH.WRONG_STAGE`); a signer the
 * programme's `contractSigners` lists (`MATCH.SIGNER_NOT_REQUIRED` on `signer`); named
 * (`MATCH.PERSON_REQUIRED` on `signedBy`); each signer once, each parent once
 * (`MATCH.ALREADY_SIGNED`); a contract text version (`MATCH.CONTRACT_VERSION_REQUIRED`), the same
 * for every signature (`MATCH.CONTRACT_VERSION_DIFFERS` on `textVersion`); signed on or after both
 * agreements. The last required signature sets `contractCompletedOn`.
 */
export function recordContractSignature(
  match: MatchRecord,
  signature: ContractSignature,
  settings: MatchLifecycleSettings,
  today: IsoDate,
): Result<MatchRecord, MatchProblem> {
  const stage = matchStage(match);
  if (stage !== 'agreed' && stage !== 'contracted' && stage !== 'scheduled') return refuse('MATCH.WRONG_STAGE', 'signer');
  if (!settings.contractSigners.includes(signature.signer)) return refuse('MATCH.SIGNER_NOT_REQUIRED', 'signer');
  if (!filled(signature.signedBy)) return refuse('MATCH.PERSON_REQUIRED', 'signedBy');
  const signedBy = signature.signedBy.trim();
  const already = match.signatures.some(
    (existing) => existing.signer === signature.signer && (signature.signer !== 'parent' || existing.signedBy === signedBy),
  );
  if (already) return refuse('MATCH.ALREADY_SIGNED', 'signer');
  if (!filled(signature.textVersion)) return refuse('MATCH.CONTRACT_VERSION_REQUIRED', 'textVersion');
  const first = match.signatures[0];
  if (first && first.textVersion !== signature.textVersion) return refuse('MATCH.CONTRACT_VERSION_DIFFERS', 'textVersion');
  const dateRefusal = checkStepDate(signature.signedOn, 'signedOn', agreedOn(match), today);
  if (dateRefusal) return dateRefusal;
  const signatures = [...match.signatures, { ...signature, signedBy }];
  const complete = match.contractCompletedOn ?? completedOn(signatures, settings);
  return accept({ ...match, signatures, ...(complete !== undefined ? { contractCompletedOn: complete } : {}) });
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Records the agreed moments of the week ("Daarna wordt een geschikt tijdstip in de week
 * overeengekomen"): after both sides agreed and, when the programme has a contract, after every
 * required signer signed (`MATCH.SIGNATURES_MISSING` on `signatures`); once (`MATCH.WRONG_STAGE`).
 * At least one slot, each a weekday and an `HH:MM` time, none twice (`MATCH.TIME_INVALID` on
 * `slots`); agreed on or after the contract (or the agreements). The place is kept trimmed.
 */
export function agreeWeeklyTime(
  match: MatchRecord,
  weeklyTime: WeeklyTime,
  settings: MatchLifecycleSettings,
  today: IsoDate,
): Result<MatchRecord, MatchProblem> {
  const stage = matchStage(match);
  if (stage !== 'agreed' && stage !== 'contracted') return refuse('MATCH.WRONG_STAGE', 'weeklyTime');
  if (missingSigners(match, settings).length > 0) return refuse('MATCH.SIGNATURES_MISSING', 'signatures');
  const { slots } = weeklyTime;
  const keys = slots.map((slot) => `${slot.weekday} ${slot.time}`);
  const valid = slots.every((slot) => (WEEKDAYS as readonly string[]).includes(slot.weekday) && TIME.test(slot.time));
  if (slots.length === 0 || !valid || new Set(keys).size !== keys.length) return refuse('MATCH.TIME_INVALID', 'slots');
  const signed = match.signatures.map((signature) => signature.signedOn);
  const earliest = [agreedOn(match), ...signed].reduce((latest, date) => (date > latest ? date : latest));
  const dateRefusal = checkStepDate(weeklyTime.agreedOn, 'agreedOn', earliest, today);
  if (dateRefusal) return dateRefusal;
  const place = filled(weeklyTime.place) ? weeklyTime.place.trim() : undefined;
  return accept({
    ...match,
    weeklyTime: {
      slots: slots.map((slot) => ({ weekday: slot.weekday, time: slot.time })),
      format: weeklyTime.format,
      ...(place !== undefined ? { place } : {}),
      agreedOn: weeklyTime.agreedOn,
    },
  });
}

/**
 * Records Thuisschoolmaatje's warm handover (step 5: "Voordat de ondersteuning van start gaat, bel
 * je kort met de vrijwilliger over de desbetreffende leerling. Zo kan er een 'warme overdracht'
 * plaatsvinden"): any time after the proposal and before the start, once (`MATCH.WRONG_STAGE`), by
 * a named school mentor (`MATCH.PERSON_REQUIRED` on `by`).
 */
export function recordWarmHandover(match: MatchRecord, handover: WarmHandover, today: IsoDate): Result<MatchRecord, MatchProblem> {
  const stage = matchStage(match);
  const beforeStart = stage !== 'active' && stage !== 'declined' && stage !== 'ended';
  if (!beforeStart || match.warmHandover) return refuse('MATCH.WRONG_STAGE', 'warmHandover');
  if (!filled(handover.by)) return refuse('MATCH.PERSON_REQUIRED', 'by');
  const dateRefusal = checkStepDate(handover.heldOn, 'heldOn', match.proposedOn, today);
  if (dateRefusal) return dateRefusal;
  return accept({ ...match, warmHandover: { heldOn: handover.heldOn, by: handover.by.trim() } });
}
