/**
 * The shaping of one person's export: access (GDPR art. 15, "a copy of the personal data") and
 * portability (art. 20, "download my data": what the person provided, on consent or contract, in a
 * machine-readable form). Part (d): "Exclude Concern records and internal notes, which are handled
 * manually under Art. 15 (SAF-10)". The api collects the person's records with their stored values;
 * this picks the fields, and routes what a person must look at first to a review list that only the
 * privacy officer or safeguarding lead sees.
 *
 * Fields are an allow-list per record kind (named as the database columns are): a column not
 * listed, such as a token hash or a password hash, never reaches an export.
 */
import type { RecordKind } from './records.js';

/** The lawful basis a kind of record rests on (GDPR art. 6(1)); portability needs consent or contract (art. 20(1)(a)). */
export type LegalBasis = 'consent' | 'contract' | 'legalObligation' | 'vitalInterests' | 'legitimateInterests';

/**
 * How the person relates to a record: `subject` (it is about them: their file, their child's
 * meeting logs), `author` (they wrote it: a volunteer's own meeting log), `shared` (it involves
 * them among others: an intervision meeting, a match).
 */
export type ExportRelation = 'subject' | 'author' | 'shared';

export interface ExportRule {
  readonly basis: LegalBasis;
  /** Given to the person as they are. */
  readonly fields: readonly string[];
  /**
   * Text others wrote about the person (a coordinator's notes, a volunteer's description of a
   * meeting): the author receives it; anyone else's copy waits for review (GDPR 15(4): the rights
   * of others, here the writer and third parties named in it).
   */
  readonly writtenByOthers: readonly string[];
  /** What the person provided, by relation: the portability export (art. 20). */
  readonly portable: Readonly<Partial<Record<ExportRelation, readonly string[]>>>;
}

const PROFILE = ['firstName', 'lastName', 'email', 'phone', 'postcode', 'birthDate', 'languages', 'availability', 'motivation', 'channel', 'employer', 'gender', 'skills', 'capacity'] as const;
const VOLUNTEER: ExportRule = {
  basis: 'contract',
  fields: [...PROFILE, 'locale', 'appliedOn', 'interviewHeldOn', 'interviewOutcome', 'codeOfConductSignedOn', 'codeOfConductVersion', 'trainingCompletedOn', 'decisionKind', 'decidedOn', 'revokedOn'],
  writtenByOthers: ['interviewNotes', 'decisionReason'],
  portable: { subject: PROFILE },
};

/**
 * The export rule of every record kind but three: concerns (never exported, SAF-10), case notes
 * (internal notes, reviewed as a whole) and kinds about no one person (an aggregate, the breach
 * register).
 */
export const EXPORT_RULES: Readonly<Record<Exclude<RecordKind, 'concern' | 'caseNote' | 'evaluationAggregate' | 'breach'>, ExportRule>> = {
  volunteerApplication: { ...VOLUNTEER, basis: 'consent' },
  volunteer: VOLUNTEER,
  vogRegistration: {
    basis: 'legitimateInterests',
    fields: ['vogRequestedOn', 'vogSeenBy', 'vogSeenOn', 'vogIssueDate', 'vogScreeningAspects', 'vogJustisReference', 'vogResult'],
    writtenByOthers: [],
    portable: {},
  },
  pupilFile: {
    basis: 'consent',
    fields: ['firstName', 'lastName', 'birthDate', 'schoolYear', 'homeLanguages', 'postcode', 'nominatedOn', 'closedOn', 'vulnerabilityReasons', 'needs', 'availability', 'genderPreference'],
    writtenByOthers: ['helpRequest', 'vulnerabilityNote'],
    portable: { subject: ['firstName', 'lastName', 'birthDate', 'homeLanguages', 'availability', 'genderPreference'] },
  },
  familyMember: {
    basis: 'consent',
    fields: ['role', 'firstName', 'lastName', 'email', 'phone', 'preferredLanguage', 'readsDutch', 'hasParentalAuthority', 'isMentee'],
    writtenByOthers: [],
    portable: { subject: ['firstName', 'lastName', 'email', 'phone', 'preferredLanguage'] },
  },
  consent: {
    basis: 'consent',
    fields: ['purpose', 'dataCategories', 'recipients', 'giverRole', 'decision', 'decidedOn', 'method', 'noticeVersionId', 'noticeLanguage', 'status', 'withdrawnOn', 'withdrawalChannel', 'withdrawalReason'],
    writtenByOthers: [],
    portable: { subject: ['purpose', 'decision', 'decidedOn', 'withdrawnOn', 'withdrawalReason'] },
  },
  familyNotification: {
    basis: 'legitimateInterests',
    fields: ['notifiedOn', 'channel', 'relationship'],
    writtenByOthers: ['notifiedPersonName', 'contentSummary', 'reasonParentsUnreachable'],
    portable: {},
  },
  match: {
    basis: 'consent',
    fields: ['proposedOn', 'startedOn', 'weeklyTime', 'scheduleExceptions', 'endedOn', 'closure'],
    writtenByOthers: [],
    portable: { subject: ['weeklyTime', 'scheduleExceptions'] },
  },
  meetingLog: {
    basis: 'contract',
    fields: ['date', 'form', 'durationMinutes', 'wentWell'],
    writtenByOthers: ['whatWeDid', 'nextSteps', 'challenge', 'wantsToTalkToCoordinator'],
    portable: { author: ['date', 'form', 'durationMinutes', 'wentWell', 'whatWeDid', 'nextSteps', 'challenge', 'wantsToTalkToCoordinator'] },
  },
  checkIn: { basis: 'legitimateInterests', fields: ['on', 'withWhom', 'how'], writtenByOthers: ['notes'], portable: {} },
  preferenceRound: { basis: 'consent', fields: ['ranking'], writtenByOthers: [], portable: { subject: ['ranking'] } },
  intervisionMeeting: { basis: 'contract', fields: ['heldOn', 'topic', 'present'], writtenByOthers: ['notes'], portable: {} },
  evaluationResponse: { basis: 'consent', fields: ['questionnaire', 'submittedOn', 'answers'], writtenByOthers: [], portable: { subject: ['questionnaire', 'submittedOn', 'answers'] } },
  // Who consulted the data and when: the person learns the dates and actions, not which staff member (CJEU C-579/21).
  auditEntry: { basis: 'legitimateInterests', fields: ['action', 'subjectType', 'at'], writtenByOthers: [], portable: {} },
  subjectRequest: { basis: 'legalObligation', fields: ['kind', 'receivedOn', 'dueOn', 'completedOn', 'outcome'], writtenByOthers: [], portable: {} },
  allowancePayment: { basis: 'legalObligation', fields: ['forMonth', 'paidOn', 'amountCents'], writtenByOthers: [], portable: {} },
  expense: { basis: 'legalObligation', fields: ['spentOn', 'amountCents', 'description', 'agreedWithFamily'], writtenByOthers: [], portable: {} },
  session: { basis: 'legitimateInterests', fields: ['createdAt', 'expiresAt'], writtenByOthers: [], portable: {} },
  signInCode: { basis: 'legitimateInterests', fields: ['createdAt', 'expiresAt', 'usedAt'], writtenByOthers: [], portable: {} },
  sentEmail: { basis: 'legitimateInterests', fields: ['to', 'subject', 'text', 'createdAt', 'sentAt'], writtenByOthers: [], portable: {} },
  calendarFeed: { basis: 'consent', fields: ['createdAt', 'revokedAt'], writtenByOthers: [], portable: {} },
  staffAccount: { basis: 'contract', fields: ['name', 'email', 'role', 'active', 'createdAt'], writtenByOthers: [], portable: { subject: ['name', 'email'] } },
};

/** One of the person's records with its stored values (column name → value). */
export interface ExportItem {
  readonly id: string;
  readonly kind: RecordKind;
  readonly relation: ExportRelation;
  readonly values: Readonly<Record<string, unknown>>;
}

/** A record as it goes into the person's export. */
export interface ExportedRecord {
  readonly id: string;
  readonly kind: RecordKind;
  readonly values: Readonly<Record<string, unknown>>;
}

/**
 * Why a record or some of its fields wait for a person: `SAF-10` (a concern: its existence is not
 * revealed to the requester; the safeguarding lead decides what, if anything, is disclosed) or
 * `GDPR-15-4` (text written by others, which may name third parties).
 */
export interface ExportReview {
  readonly id: string;
  readonly kind: RecordKind;
  readonly rule: 'SAF-10' | 'GDPR-15-4';
  /** The fields to review; `all` for the whole record. */
  readonly fields: readonly string[] | 'all';
}

export interface SubjectExport {
  readonly purpose: 'access' | 'portability';
  /** What the person receives. */
  readonly records: readonly ExportedRecord[];
  /**
   * For the privacy officer or safeguarding lead only, never for the person: listing it to them
   * would reveal that a concern exists (SAF-10). Always empty for portability, which leaves these
   * out altogether.
   */
  readonly forReview: readonly ExportReview[];
}

const pick = (values: Readonly<Record<string, unknown>>, fields: readonly string[]): Record<string, unknown> => {
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (values[field] !== undefined) picked[field] = values[field];
  return picked;
};

const portableBases: ReadonlySet<LegalBasis> = new Set(['consent', 'contract']);

/**
 * One person's export. `access` (art. 15): every record about or by them with its listed fields;
 * text others wrote, and case notes, go to review (`GDPR-15-4`); concerns go to review (`SAF-10`)
 * and never into `records`. `portability` (art. 20): only kinds resting on consent or contract,
 * only the fields the person provided in that relation, nothing for review: concerns and internal
 * notes are excluded, as are records they did not provide. Records keep the input's order; a
 * record that would carry no fields is left out.
 */
export function subjectExport(items: readonly ExportItem[], purpose: 'access' | 'portability'): SubjectExport {
  const records: ExportedRecord[] = [];
  const forReview: ExportReview[] = [];
  for (const item of items) {
    if (item.kind === 'concern' || item.kind === 'caseNote') {
      if (purpose === 'access') forReview.push({ id: item.id, kind: item.kind, rule: item.kind === 'concern' ? 'SAF-10' : 'GDPR-15-4', fields: 'all' });
      continue;
    }
    if (item.kind === 'evaluationAggregate' || item.kind === 'breach') continue;
    const rule = EXPORT_RULES[item.kind];
    let fields: readonly string[];
    if (purpose === 'portability') {
      fields = portableBases.has(rule.basis) ? (rule.portable[item.relation] ?? []) : [];
    } else {
      const byThem = item.relation === 'author';
      fields = byThem ? [...rule.fields, ...rule.writtenByOthers] : rule.fields;
      const toReview = byThem ? [] : rule.writtenByOthers.filter((field) => item.values[field] !== undefined && item.values[field] !== null && item.values[field] !== '');
      if (toReview.length > 0) forReview.push({ id: item.id, kind: item.kind, rule: 'GDPR-15-4', fields: toReview });
    }
    const values = pick(item.values, fields);
    if (Object.keys(values).length > 0) records.push({ id: item.id, kind: item.kind, values });
  }
  return { purpose, records, forReview };
}
