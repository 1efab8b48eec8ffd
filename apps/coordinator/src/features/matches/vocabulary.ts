import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { agreeWeeklyTimeInput, contractSigner, declineMatchInput, matchSource, matchStage } from '@driehoek/contracts/matches';

/** The match vocabulary, in the contracts' order. */
export const MATCH_STAGES = matchStage.options;
export type MatchStage = z.infer<typeof matchStage>;
export const MATCH_SOURCES = matchSource.options;
export type MatchSource = z.infer<typeof matchSource>;
export const CONTRACT_SIGNERS = contractSigner.options;
export type ContractSigner = z.infer<typeof contractSigner>;
export const MEETING_FORMATS = agreeWeeklyTimeInput.shape.format.options;
export const WEEKLY_WEEKDAYS = agreeWeeklyTimeInput.shape.slots.element.shape.weekday.options;
export const DECLINED_BY = declineMatchInput.shape.by.options;

export function isMatchStage(value: string | null): value is MatchStage {
  return value !== null && (MATCH_STAGES as readonly string[]).includes(value);
}

/** A stage still in progress: the match holds the pupil and one of the volunteer's places. */
export function isOpenStage(stage: MatchStage): boolean {
  return stage !== 'declined' && stage !== 'ended';
}

/** The steps the api names in `nextSteps` (`MATCH.SIGN_CONTRACT_<SIGNER>` per signer). */
export const NEXT_STEP_CODES = [
  'MATCH.RECORD_INTRODUCTION',
  'MATCH.RECORD_VOLUNTEER_AGREEMENT',
  'MATCH.RECORD_FAMILY_AGREEMENT',
  ...CONTRACT_SIGNERS.map((signer) => `MATCH.SIGN_CONTRACT_${signer.toUpperCase()}`),
  'MATCH.AGREE_WEEKLY_TIME',
  'MATCH.RECORD_WARM_HANDOVER',
  'MATCH.ACTIVATE',
  'MATCH.CONFIRM_AFTER_GETTING_TO_KNOW',
] as const;

/** The refusals of the match procedures (packages/domain/src/match); CONSENT.* and SCREENING.* come from CON-1 at the start. */
export const MATCH_CODES = [
  'MATCH.WRONG_STAGE',
  'MATCH.DATE_IN_FUTURE',
  'MATCH.DATE_INVALID',
  'MATCH.DATE_BEFORE_PREVIOUS_STEP',
  'MATCH.REPRESENTATIVE_REQUIRED',
  'MATCH.ATTENDEES_REQUIRED',
  'MATCH.PERSON_REQUIRED',
  'MATCH.SIGNATURES_MISSING',
  'MATCH.SIGNER_NOT_REQUIRED',
  'MATCH.SIGNER_NOT_IN_PROGRAMME',
  'MATCH.ALREADY_SIGNED',
  'MATCH.CONTRACT_VERSION_REQUIRED',
  'MATCH.CONTRACT_VERSION_DIFFERS',
  'MATCH.TIME_INVALID',
  'MATCH.WARM_HANDOVER_MISSING',
  'MATCH.GETTING_TO_KNOW_NOT_OVER',
  'MATCH.NO_CAPACITY',
  'MATCH.ALREADY_OPEN',
  'MATCH.SAME_VOLUNTEER_AGAIN',
  'MATCH.REASON_REQUIRED',
  'MATCH.MANUAL_REASON_REQUIRED',
  'MATCH.SETTINGS_INVALID',
] as const;

/**
 * Words for a next-step code: `matchNextStep.RECORD_INTRODUCTION`, a signature with the signer's
 * name, anything the app does not know yet as a general "record the next step".
 */
export function nextStepKey(code: string): { key: string; signer?: string } {
  const signature = /^MATCH\.(?:SIGN_CONTRACT_|NEXT\.SIGNATURE_)([A-Z_]+)$/.exec(code);
  if (signature) return { key: 'matchNextStep.SIGN_CONTRACT', signer: signature[1]!.toLowerCase() };
  const step = NEXT_STEP_ALIASES[code] ?? code.replace(/^MATCH\./, '');
  return { key: `matchNextStep.${step}` };
}

/** A next step in words: "Warme overdracht vastleggen", "Handtekening van ouder vastleggen". */
export function nextStepText(t: TFunction, code: string): string {
  const { key, signer } = nextStepKey(code);
  return t(key, { signer: signer ? t(`signer.${signer}`, { defaultValue: signer }) : '', defaultValue: t('matchNextStep.unknown') });
}

/** The domain's own `MATCH.NEXT.*` spelling of the same steps, should the api pass it through. */
const NEXT_STEP_ALIASES: Readonly<Record<string, string>> = {
  'MATCH.NEXT.INTRODUCTION': 'RECORD_INTRODUCTION',
  'MATCH.NEXT.AGREEMENT_VOLUNTEER': 'RECORD_VOLUNTEER_AGREEMENT',
  'MATCH.NEXT.AGREEMENT_FAMILY': 'RECORD_FAMILY_AGREEMENT',
  'MATCH.NEXT.WEEKLY_TIME': 'AGREE_WEEKLY_TIME',
  'MATCH.NEXT.WARM_HANDOVER': 'RECORD_WARM_HANDOVER',
  'MATCH.NEXT.ACTIVATION': 'ACTIVATE',
  'MATCH.NEXT.CONFIRMATION': 'CONFIRM_AFTER_GETTING_TO_KNOW',
};
