/**
 * SAF-15 and SAF-3: the time targets of a concern as programme settings, not constants. Every number
 * here is marked [D] in the reference (a proposal: "Volunteer-side time limits … are my proposals");
 * only Veilig Thuis' own terms (24 h acute, 5 days for the safety assessment) are sourced, and the
 * defaults stay within them.
 */
import { refuse, type Refusal } from '../result.js';

export interface SafeguardingSettings {
  /** SAF-3: minutes without an acknowledgement before an acute concern goes to the next person. Default 15. */
  readonly acuteAcknowledgeMinutes: number;
  /** SAF-4: minutes after an acute report by which an authority contact (112, Veilig Thuis) should be recorded. Default 60. */
  readonly acuteAuthorityContactMinutes: number;
  /** SAF-15: days between seeing something and recording it; 0 = the same day. Default 0. */
  readonly recordWithinDays: number;
  /** SAF-15: working days to acknowledge a non-acute concern. Default 1. */
  readonly acknowledgeWithinWorkingDays: number;
  /** SAF-15: working days for each Meldcode step after the previous one. Default 2. */
  readonly stepWithinWorkingDays: number;
  /** SAF-15: working days from the report to the decision. Default 5. */
  readonly decideWithinWorkingDays: number;
  /** Working days from a decision to report (or a follow-up without lasting safety) to the report itself. Default 1. */
  readonly reportWithinWorkingDays: number;
  /** SAF-15: the follow-up review is at most this many days after the decision or the previous follow-up. Default 90. */
  readonly maxFollowUpDays: number;
}

export const DEFAULT_SAFEGUARDING_SETTINGS: SafeguardingSettings = Object.freeze({
  acuteAcknowledgeMinutes: 15,
  acuteAuthorityContactMinutes: 60,
  recordWithinDays: 0,
  acknowledgeWithinWorkingDays: 1,
  stepWithinWorkingDays: 2,
  decideWithinWorkingDays: 5,
  reportWithinWorkingDays: 1,
  maxFollowUpDays: 90,
});

/** The settings of a programme: its own where it has them, the defaults for anything missing. */
export function safeguardingSettingsOf(programme: { readonly safeguarding?: Partial<SafeguardingSettings> }): SafeguardingSettings {
  return { ...DEFAULT_SAFEGUARDING_SETTINGS, ...programme.safeguarding };
}

const ZERO_ALLOWED: readonly (keyof SafeguardingSettings)[] = ['recordWithinDays', 'acknowledgeWithinWorkingDays', 'reportWithinWorkingDays'];

/**
 * Every setting that cannot stand (`SAFEGUARDING.SETTING_INVALID` on its name): whole numbers,
 * positive (0 allowed for recording, acknowledging and reporting: "the same day"); an acute
 * acknowledgement window within the authority-contact window; a decision no sooner than the
 * acknowledgement and within two working weeks (a longer one is no target for a child at risk).
 */
export function validateSafeguardingSettings(settings: SafeguardingSettings): readonly Refusal<'SAFEGUARDING.SETTING_INVALID'>[] {
  const refusals: Refusal<'SAFEGUARDING.SETTING_INVALID'>[] = [];
  for (const key of Object.keys(DEFAULT_SAFEGUARDING_SETTINGS) as (keyof SafeguardingSettings)[]) {
    const value = settings[key];
    const least = ZERO_ALLOWED.includes(key) ? 0 : 1;
    if (!(Number.isInteger(value) && value >= least)) refusals.push(refuse('SAFEGUARDING.SETTING_INVALID', key));
  }
  if (refusals.length > 0) return refusals;
  if (settings.acuteAcknowledgeMinutes > settings.acuteAuthorityContactMinutes) refusals.push(refuse('SAFEGUARDING.SETTING_INVALID', 'acuteAcknowledgeMinutes'));
  if (settings.decideWithinWorkingDays < settings.acknowledgeWithinWorkingDays || settings.decideWithinWorkingDays > 10) {
    refusals.push(refuse('SAFEGUARDING.SETTING_INVALID', 'decideWithinWorkingDays'));
  }
  return refusals;
}
