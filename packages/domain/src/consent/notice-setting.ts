/**
 * What a consent notice must say about saying no, from the programme's settings: the notice and
 * the setting agree by construction (a notice that says "saying no is fine" for a purpose whose
 * refusal closes the application misleads the family: CON-3, CON-7).
 */
import type { ConsentPurpose, ConsentRequirements } from './types.js';

/** `required`: without this consent the mentoring cannot start, and withdrawing it stops it; `optional`: a no changes nothing else. */
export type NoticeAnswerSetting = 'required' | 'optional';

/**
 * Whether a "no" to `purpose` keeps the mentoring from starting in this programme: `required` when
 * the programme needs the purpose to match (`neededToMatch`: a refusal gives `cannotMatch`, CON-3;
 * a withdrawal stops a running match, CON-4), always for `mentoring` (CON-1: no pupil takes part
 * without it; `PROGRAMME.MENTORING_CONSENT_REQUIRED`); `optional` otherwise (CON-6: it never blocks),
 * also for a purpose the programme does not ask.
 */
export function noticeAnswerSetting(purpose: ConsentPurpose, requirements: Pick<ConsentRequirements, 'purposes'>): NoticeAnswerSetting {
  if (purpose === 'mentoring') return 'required';
  return requirements.purposes.some((requirement) => requirement.purpose === purpose && requirement.neededToMatch) ? 'required' : 'optional';
}
