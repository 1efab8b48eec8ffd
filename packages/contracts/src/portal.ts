import { z } from 'zod';
import { CONSENT_PURPOSES } from '@driehoek/domain/consent';
import { email, id } from './common.js';
import { PORTAL_LANGUAGES, pupilGender } from './pupils.js';
import { consentNotice } from './consent.js';

/** Step 1 of signing in without a password: a one-time code by e-mail. The answer never says whether the address is known. */
export const requestCodeInput = z.object({ email, language: z.enum(PORTAL_LANGUAGES) });

/** Step 2: the six-digit code from the e-mail (or the link's token). Single use, 10 minutes. */
export const verifyCodeInput = z.object({
  email,
  code: z.string().trim().regex(/^\d{6}$/, { message: 'errors.code' }),
});

/** Signing in from the link in the e-mail: the link carries its own secret, in the URL fragment. */
export const verifyLinkInput = z.object({ token: z.string().min(20).max(200) });

export const portalMe = z
  .object({
    /** A parent (family member) or an active volunteer: the portal shows each their own part. */
    kind: z.enum(['family', 'volunteer']).default('family'),
    familyMemberId: id,
    firstName: z.string(),
    preferredLanguage: z.enum(PORTAL_LANGUAGES),
  })
  .nullable();

export const setLanguageInput = z.object({ language: z.enum(PORTAL_LANGUAGES) });

/** One consent question in the portal: what is asked, of whom, and where it stands. */
export const portalConsentItem = z.object({
  purpose: z.enum(CONSENT_PURPOSES),
  giver: z.enum(['pupil', 'guardian', 'mentee']),
  /** Whether the signed-in parent can answer it now (CON-2: parents only after the pupil). */
  canAnswer: z.boolean(),
  neededToMatch: z.boolean(),
  state: z.enum(['given', 'pending', 'refused', 'withdrawn']),
  /** The signed-in person's own current record for this purpose, which they can withdraw. */
  ownConsentId: z.string().nullable(),
  notice: consentNotice,
});

/** What a parent sees of their own family: the organisation, the programme, and the consents. */
export const portalFamily = z.object({
  organisation: z.object({ name: z.string() }),
  children: z.array(
    z.object({
      pupilId: id,
      firstName: z.string(),
      /** For the wording only (i18next context): "she said yes" in Arabic and Polish. */
      gender: pupilGender.nullable(),
      programme: z.object({ name: z.string(), template: z.string() }),
      status: z.enum(['consentPending', 'waiting', 'matched', 'closed']),
      consents: z.array(portalConsentItem),
    }),
  ),
});
export type PortalFamily = z.infer<typeof portalFamily>;

/**
 * The signed-in parent answers a consent question: their own, or their child's (a young pupil
 * answers through the parent's account). The notice version and hash prove what was shown (CON-7).
 */
export const answerConsentInput = z.object({
  pupilId: id,
  purpose: z.enum(CONSENT_PURPOSES),
  giver: z.enum(['pupil', 'guardian', 'mentee']),
  decision: z.enum(['given', 'refused']),
  noticeVersionId: z.string().min(1).max(80),
  noticeContentHash: z.string().min(1).max(128),
  /** An explicit affirmative action: the box the person ticked (CON-7: no default-true). */
  confirmed: z.literal(true, { message: 'errors.confirmNeeded' }),
});

/** CON-4: withdrawing is one action, no harder than giving. */
export const withdrawOwnConsentInput = z.object({ consentId: id });
