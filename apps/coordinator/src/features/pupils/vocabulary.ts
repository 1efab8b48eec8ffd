import type { z } from 'zod';
import { PORTAL_LANGUAGES, familyMemberInput, nominatePupilInput, nominationStatus } from '@driehoek/contracts/pupils';
import type { PupilDetail } from '../../api-types';

/** The pupil vocabulary, in the domain's order (from the contracts, which take it from the domain). */
export const VULNERABILITY_REASONS = nominatePupilInput.shape.vulnerabilityReasons.element.options;
export const HOME_LANGUAGES = nominatePupilInput.shape.homeLanguages.element.options;
export const FAMILY_ROLES = familyMemberInput.shape.role.options;
export const NOMINATION_STATUSES = nominationStatus.options;
export type NominationStatus = z.infer<typeof nominationStatus>;
export { PORTAL_LANGUAGES };

export function isNominationStatus(value: string | null): value is NominationStatus {
  return value !== null && (NOMINATION_STATUSES as readonly string[]).includes(value);
}

export const CONSENT_NEXT_STEPS = ['askPupil', 'askParents', 'askMentee', 'done', 'cannotMatch'] as const satisfies readonly PupilDetail['consent']['nextStep'][];

/** Parent'R'US: the parent is the mentee, so the family form asks which parent. */
export function menteeIsParent(programme: { template: string }): boolean {
  return programme.template === 'parentRus';
}
