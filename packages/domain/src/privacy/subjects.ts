/**
 * Whose export or erasure: the kinds of person the organisation keeps data about besides the
 * pupil (a volunteer, applicant or active; a parent or guardian; a staff member: coordinator,
 * admin or school mentor), and which of the records the api found for them may go into their
 * export or erasure. The api loads every record that names the person; this decides what goes in,
 * so that nothing of anyone else does (GDPR 15(4); SAF-10 for concerns; PRV-3 for a child's data in
 * a guardian's export).
 */
import type { IsoDate } from '../calendar/index.js';
import type { RecordKind } from './records.js';
import { rightsHolderOn } from './requests.js';
import { erasurePlan, type ErasureItem, type ErasurePlan } from './erasure.js';
import { subjectExport, type ExportItem, type SubjectExport } from './export.js';
import type { RetentionSettings } from './retention-settings.js';

/** The kinds of person a data-subject request can be about. */
export const DATA_SUBJECT_KINDS = ['pupil', 'familyMember', 'volunteer', 'staffMember'] as const;
export type DataSubjectKind = (typeof DATA_SUBJECT_KINDS)[number];

/** The person an export or erasure is for, with what decides the scope. */
export type DataSubject =
  | { readonly kind: 'volunteer' }
  | { readonly kind: 'staffMember' }
  /** A parent, guardian or relative; `child` is the pupil whose family they belong to. */
  | { readonly kind: 'familyMember'; readonly hasParentalAuthority: boolean; readonly child: { readonly birthDate: IsoDate } };

/**
 * Whose record it is, as the api found it: the person's own (`person`), or, for a family member,
 * their child's (`child`: the pupil's file, the child's consents, matches and meeting logs).
 */
export type RecordOwner = 'person' | 'child';

/** A record found for the person, for the export: the export item and whose it is. */
export type PersonExportItem = ExportItem & { readonly owner: RecordOwner };
/** A record found for the person, for an erasure. */
export type PersonErasureItem = ErasureItem & { readonly owner: RecordOwner };

/**
 * The record kinds that can be a person's own, per kind of person. A kind outside the list is
 * dropped whatever the api passed, so a loader's mistake never hands over someone else's file.
 * Concerns stay in each list: they are routed to review (SAF-10), never exported.
 * - A volunteer: the application or volunteer record (profile, interview, code of conduct,
 *   training, the decision), the VOG facts (SCR-5), the matches they were in (the match's own
 *   facts, never the pupil's or the family's data), the meeting logs they wrote, intervision,
 *   payments, sessions, codes, e-mails, calendar feeds, questionnaire answers, the audit of reads
 *   of their record and their requests.
 * - A family member: their own row, the consents they gave, their sessions, codes, e-mails,
 *   answers, audit and requests.
 * - A staff member: their account, their actions in the audit log (what, on which kind of record,
 *   when: not whose), their sessions, e-mails and requests.
 */
const OWN_KINDS: Readonly<Record<DataSubject['kind'], ReadonlySet<RecordKind>>> = {
  volunteer: new Set<RecordKind>([
    'volunteerApplication',
    'volunteer',
    'vogRegistration',
    'match',
    'meetingLog',
    'intervisionMeeting',
    'preferenceRound',
    'allowancePayment',
    'session',
    'signInCode',
    'sentEmail',
    'calendarFeed',
    'evaluationResponse',
    'auditEntry',
    'subjectRequest',
    'concern',
  ]),
  familyMember: new Set<RecordKind>(['familyMember', 'consent', 'session', 'signInCode', 'sentEmail', 'calendarFeed', 'evaluationResponse', 'auditEntry', 'subjectRequest', 'concern']),
  staffMember: new Set<RecordKind>(['staffAccount', 'auditEntry', 'session', 'signInCode', 'sentEmail', 'subjectRequest', 'concern']),
};

/** A child's records a guardian's export can hold (PRV-3); a concern about the child stays with the safeguarding lead (SAF-10). */
const CHILD_KINDS: ReadonlySet<RecordKind> = new Set(['pupilFile', 'consent', 'match', 'meetingLog', 'checkIn', 'evaluationResponse', 'caseNote', 'concern']);

/**
 * PRV-3 (GDPR 8, UAVG art. 5): a guardian's export includes the child's data only while the child
 * is under 16 and the guardian has parental authority: the legal representative then exercises the
 * child's rights. From 16 the pupil decides (their own request, or their authorisation of the
 * parent's, recorded on a pupil request); a relative without authority never receives it.
 */
export function childDataInGuardianExport(subject: DataSubject, today: IsoDate): boolean {
  if (subject.kind !== 'familyMember' || !subject.hasParentalAuthority) return false;
  return rightsHolderOn({ kind: 'pupil', birthDate: subject.child.birthDate }, today) === 'legalRepresentative';
}

function inScope<T extends { readonly kind: RecordKind; readonly owner: RecordOwner }>(subject: DataSubject, items: readonly T[], withChild: boolean): T[] {
  const own = OWN_KINDS[subject.kind];
  return items.filter((item) => (item.owner === 'person' ? own.has(item.kind) : withChild && CHILD_KINDS.has(item.kind)));
}

export interface PersonExport extends SubjectExport {
  /** Whether the child's data is in it (PRV-3). */
  readonly childIncluded: boolean;
}

/**
 * The export for a volunteer, family member or staff member: the records that are theirs (and,
 * for a guardian, the child's where PRV-3 allows), shaped by {@link subjectExport}: concerns to
 * review only (SAF-10), text others wrote to review (GDPR 15(4)), the allow-listed fields only.
 */
export function personExport(subject: DataSubject, items: readonly PersonExportItem[], purpose: 'access' | 'portability', today: IsoDate): PersonExport {
  const childIncluded = childDataInGuardianExport(subject, today);
  const shaped = subjectExport(
    inScope(subject, items, childIncluded).map(({ owner: _owner, ...item }) => item),
    purpose,
  );
  return { ...shaped, childIncluded };
}

/**
 * The erasure plan for a volunteer, family member or staff member: only their own records (a
 * parent's erasure never erases the child's file: that is a request about the pupil). What the law
 * keeps stays with its reason ({@link erasurePlan}): consent proof, tax records, the audit trail,
 * the request register; concerns and what an open concern needs go to review. A staff
 * account is anonymised, not deleted, so the records they wrote keep an author.
 */
export function personErasurePlan(subject: DataSubject, items: readonly PersonErasureItem[], settings: RetentionSettings, today: IsoDate): ErasurePlan {
  return erasurePlan(
    inScope(subject, items, false).map(({ owner: _owner, ...item }) => item as ErasureItem),
    settings,
    today,
  );
}
