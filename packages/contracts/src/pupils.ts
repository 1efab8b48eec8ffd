import { z } from 'zod';
import { SPOKEN_LANGUAGES, isDutchPostcode } from '@driehoek/domain/application';
import { FAMILY_ROLES, HELP_REQUEST_MAX_LENGTH, NOMINATION_STATUSES, VULNERABILITY_REASONS } from '@driehoek/domain/pupil';
import { CONSENT_PURPOSES } from '@driehoek/domain/consent';
import { HELP_AREAS } from '@driehoek/domain/matching';
import { DAY_PARTS, WEEKDAYS } from '@driehoek/domain/application';
import { email, id, isoDate, optionalText, requiredText } from './common.js';

/** Languages the portal speaks; a family member's preferred language is one of these or Dutch. */
export const PORTAL_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

/** A pupil's gender as the school gives it; 'other' and none word sentences neutrally. */
export const pupilGender = z.enum(['female', 'male', 'other']);
export type PupilGender = z.infer<typeof pupilGender>;

const phone = z.string().trim().regex(/^\+?[0-9 ()-]{8,20}$/, { message: 'errors.phone' });

/** A parent, guardian or other family member, as a school mentor or coordinator records them. */
export const familyMemberInput = z
  .object({
    role: z.enum(FAMILY_ROLES),
    firstName: requiredText(80),
    lastName: requiredText(120),
    email: email.optional().or(z.literal('')),
    phone: phone.optional().or(z.literal('')),
    preferredLanguage: z.enum(PORTAL_LANGUAGES),
    readsDutch: z.boolean(),
    /** Holds parental authority (ouderlijk gezag): only then can they consent for the pupil (CON-1 ii, CON-9). */
    hasParentalAuthority: z.boolean(),
    /** Parent'R'US: this parent is the mentee. */
    isMentee: z.boolean().default(false),
  })
  .refine((member) => member.role === 'relative' || member.email || member.phone, {
    message: 'errors.contactNeeded',
    path: ['email'],
  });
export type FamilyMemberInput = z.input<typeof familyMemberInput>;

/** The school's nomination (Thuisschoolmaatje steps 1–2), with the family. */
export const nominatePupilInput = z.object({
  programmeId: id,
  schoolId: id,
  firstName: requiredText(80),
  lastName: requiredText(120),
  birthDate: isoDate,
  schoolYear: requiredText(40),
  vulnerabilityReasons: z.array(z.enum(VULNERABILITY_REASONS)).min(1, { message: 'errors.chooseOne' }),
  vulnerabilityNote: optionalText(1000).optional(),
  helpRequest: requiredText(HELP_REQUEST_MAX_LENGTH),
  homeLanguages: z.array(z.enum(SPOKEN_LANGUAGES)).min(1, { message: 'errors.chooseOne' }),
  postcode: z.string().trim().refine(isDutchPostcode, { message: 'errors.postcode' }),
  family: z.array(familyMemberInput).min(1, { message: 'errors.familyNeeded' }).max(8),
  /** For matching; may be completed later on the pupil page. */
  needs: z.array(z.enum(HELP_AREAS)).default([]),
  availability: z.array(z.object({ day: z.enum(WEEKDAYS), part: z.enum(DAY_PARTS) })).default([]),
  genderPreference: z.enum(['female', 'male', 'other']).nullable().default(null),
  /** The pupil's gender, if given: only for the wording of gendered languages in the portal. */
  gender: pupilGender.nullable().default(null),
});
export type NominatePupilInput = z.input<typeof nominatePupilInput>;

export const nominationStatus = z.enum(NOMINATION_STATUSES);

export const listPupilsInput = z.object({
  programmeId: id.optional(),
  status: nominationStatus.optional(),
  search: optionalText(120).optional(),
});

/** A row of the pupil list. School mentors get the same rows, for their own school only. */
export const pupilSummary = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  schoolName: z.string(),
  programmeName: z.string(),
  nominatedOn: z.string(),
  status: nominationStatus,
  consentNextStep: z.string(),
});
export type PupilSummary = z.infer<typeof pupilSummary>;

export const familyMember = z.object({
  id,
  role: z.enum(FAMILY_ROLES),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredLanguage: z.enum(PORTAL_LANGUAGES),
  readsDutch: z.boolean(),
  hasParentalAuthority: z.boolean(),
  isMentee: z.boolean(),
});
export type FamilyMember = z.infer<typeof familyMember>;

export const consentRecordView = z.object({
  id,
  purpose: z.enum(CONSENT_PURPOSES),
  giverPersonId: z.string(),
  giverName: z.string(),
  giverRole: z.string(),
  decision: z.enum(['given', 'refused']),
  status: z.enum(['given', 'refused', 'withdrawn', 'superseded']),
  decidedOn: z.string(),
  method: z.string(),
  recordedByName: z.string(),
  noticeVersionId: z.string(),
  noticeLanguage: z.string(),
  withdrawnOn: z.string().nullable(),
  withdrawalChannel: z.string().nullable(),
});
export type ConsentRecordView = z.infer<typeof consentRecordView>;

/** The domain's consent assessment, as the apps show it. */
export const consentAssessmentView = z.object({
  readyToMatch: z.boolean(),
  nextStep: z.enum(['askPupil', 'askParents', 'askMentee', 'done', 'cannotMatch']),
  blockers: z.array(z.string()),
  closedBecauseRefused: z.boolean(),
  subjectAge: z.number(),
  legalBasisGiver: z.string(),
  familyInformed: z.boolean(),
  reconfirmationDueOn: z.string().nullable(),
  purposes: z.array(
    z.object({
      purpose: z.enum(CONSENT_PURPOSES),
      neededToMatch: z.boolean(),
      state: z.enum(['given', 'pending', 'refused', 'withdrawn']),
      givers: z.array(z.object({ giver: z.enum(['pupil', 'guardian', 'mentee']), state: z.enum(['given', 'pending', 'refused', 'withdrawn']), problems: z.array(z.string()) })),
    }),
  ),
});
export type ConsentAssessmentView = z.infer<typeof consentAssessmentView>;

export const contactAttemptView = z.object({
  id,
  familyMemberId: z.string(),
  on: z.string(),
  channel: z.string(),
  result: z.string(),
});

export const familyNotificationView = z.object({
  id,
  notifiedPersonName: z.string(),
  relationship: z.string(),
  notifiedOn: z.string(),
  channel: z.string(),
  contentSummary: z.string(),
  reasonParentsUnreachable: z.string(),
});

export const caseNoteView = z.object({ id, text: z.string(), authorName: z.string(), createdAt: z.string() });

/**
 * One pupil for a coordinator: nomination, family, consents and notes. A school mentor gets the
 * same shape with `caseNotes: null` (they never see case notes).
 */
export const pupilDetail = z.object({
  id,
  programme: z.object({ id, name: z.string(), template: z.string(), mentee: z.enum(['pupil', 'parent', 'adult']) }),
  school: z.object({ id, name: z.string() }),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  schoolYear: z.string(),
  vulnerabilityReasons: z.array(z.enum(VULNERABILITY_REASONS)),
  vulnerabilityNote: z.string().nullable(),
  helpRequest: z.string(),
  homeLanguages: z.array(z.string()),
  postcode: z.string(),
  nominatedOn: z.string(),
  nominatedByName: z.string(),
  status: nominationStatus,
  family: z.array(familyMember),
  consent: consentAssessmentView,
  consentRecords: z.array(consentRecordView),
  contactAttempts: z.array(contactAttemptView),
  familyNotifications: z.array(familyNotificationView),
  caseNotes: z.array(caseNoteView).nullable(),
  /** The pupil's open match (proposed up to running), if any: the triangle lives there. */
  openMatch: z.object({ id, startedOn: z.string().nullable() }).nullable(),
  matchingProfile: z.object({
    needs: z.array(z.enum(HELP_AREAS)),
    availability: z.array(z.object({ day: z.enum(WEEKDAYS), part: z.enum(DAY_PARTS) })),
    genderPreference: z.enum(['female', 'male', 'other']).nullable(),
  }),
});
export type PupilDetail = z.infer<typeof pupilDetail>;

export const addFamilyMemberInput = z.object({ pupilId: id, member: familyMemberInput });
export const addCaseNoteInput = z.object({ pupilId: id, text: requiredText(4000) });
