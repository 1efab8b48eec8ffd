import { z } from 'zod';
import { AUTHORITY_VERIFICATION_METHODS, CONSENT_PURPOSES } from '@driehoek/domain/consent';
import { id, isoDate, optionalText, requiredText } from './common.js';
import { PORTAL_LANGUAGES } from './pupils.js';

export const consentPurpose = z.enum(CONSENT_PURPOSES);

/**
 * A coordinator or school mentor records what the pupil or a parent said (in person, by phone,
 * or on paper). The notice is the version they were shown, in the language they were shown it.
 */
export const recordConsentInput = z.object({
  pupilId: id,
  purpose: consentPurpose,
  /** The pupil's id for the pupil's own answer, or a family member's id. */
  giverPersonId: id,
  decision: z.enum(['given', 'refused']),
  decidedOn: isoDate,
  method: z.enum(['inPerson', 'phone', 'paper']),
  noticeLanguage: z.enum(PORTAL_LANGUAGES),
  /** CON-9: for a parent's consent, how their parental authority was checked. */
  authorityVerificationMethod: z.enum(AUTHORITY_VERIFICATION_METHODS).optional(),
  evidence: optionalText(200).optional(),
});
export type RecordConsentInput = z.input<typeof recordConsentInput>;

/** CON-4: a withdrawal, recorded by a coordinator from what the person said. The reason is never required. */
export const withdrawConsentInput = z.object({
  consentId: id,
  withdrawnOn: isoDate,
  channel: z.enum(['inPerson', 'phone', 'paper']),
  reason: optionalText(500).optional(),
});

/** CON-5: a failed try to reach a parent, before a relative may be informed. */
export const recordContactAttemptInput = z.object({
  pupilId: id,
  familyMemberId: id,
  on: isoDate,
  channel: z.enum(['inPerson', 'phone', 'paper', 'email', 'letter']),
  result: z.enum(['noAnswer', 'noResponse', 'contactDetailsWrong', 'languageBarrier']),
});

/** CON-5: another family member was informed because the parents could not be reached. This is not consent. */
export const notifyRelativeInput = z.object({
  pupilId: id,
  relativeId: id,
  notifiedOn: isoDate,
  channel: z.enum(['inPerson', 'phone', 'paper']),
  contentSummary: requiredText(1000),
  reasonParentsUnreachable: requiredText(1000),
});

/** The text a person is shown before they decide (CON-7, CON-10): versioned, hashed, per language. */
export const consentNotice = z.object({
  purpose: consentPurpose,
  versionId: z.string(),
  contentHash: z.string(),
  language: z.enum(PORTAL_LANGUAGES),
  childFriendly: z.boolean(),
  title: z.string(),
  text: z.string(),
});
export type ConsentNotice = z.infer<typeof consentNotice>;

/** The notice for a pupil's programme: what a "no" means follows that programme's consent settings. */
export const noticeInput = z.object({ pupilId: z.string().min(1).max(64), purpose: consentPurpose, language: z.enum(PORTAL_LANGUAGES), childFriendly: z.boolean() });

export const requiredReason = requiredText(500);
