import {
  AuditEntry,
  CaseNote,
  CheckIn,
  Concern,
  Consent,
  ContactAttempt,
  FamilyMember,
  FamilyNotification,
  Match,
  MeetingLog,
  PortalLoginCode,
  Pupil,
  Session,
  SubjectRequestEntry,
  TalkRequest,
  type EntityManager,
} from '@driehoek/db';
import type { ExportItem, ExportRelation, PupilCaseFacts, RetentionRecord } from '@driehoek/domain/privacy';

/**
 * One record of a pupil's file as the privacy rules see it: the retention facts (for the job and
 * erasure), the relation and stored values (for an export), and how to remove or anonymise it.
 */
export interface PupilRecord {
  readonly record: RetentionRecord;
  readonly relation: ExportRelation;
  readonly values: Readonly<Record<string, unknown>>;
}

/** The family's file: the pupil and everything kept about the pupil and the family. */
export interface PupilFile {
  readonly pupil: Pupil;
  readonly facts: PupilCaseFacts;
  readonly records: readonly PupilRecord[];
}

/** An entity's stored values, for the domain's per-kind allow-list of exported fields (a relation is never listed). */
const valuesOf = (entity: object): Readonly<Record<string, unknown>> => entity as Readonly<Record<string, unknown>>;

/** What is known of a pupil's case: closure, a match open, the last match's end, a concern still open. */
export function caseFactsOf(pupil: Pick<Pupil, 'closedOn'>, matches: readonly Pick<Match, 'endedOn' | 'declinedOn'>[], concerns: readonly Pick<Concern, 'status'>[]): PupilCaseFacts {
  const ends = matches.map((match) => match.endedOn).filter((end): end is string => end !== null).sort();
  return {
    closedOn: pupil.closedOn ?? null,
    runningMatch: matches.some((match) => match.endedOn === null && match.declinedOn === null),
    lastMatchEndedOn: ends.at(-1) ?? null,
    openConcern: concerns.some((concern) => concern.status !== 'closed'),
  };
}

/**
 * Every record of one pupil's file in the organisation, or null when the pupil is not theirs.
 * Concerns are listed with their facts withheld (treated as open and serious): whatever the
 * caller does, a concern goes to a person (R-4, SAF-10), never to an export or a deletion.
 */
export async function pupilFile(em: EntityManager, organisationId: string, pupilId: string): Promise<PupilFile | null> {
  const pupil = await em.findOne(Pupil, { id: pupilId, organisation: organisationId });
  if (!pupil) return null;
  const [family, notes, consents, notifications, matches, concerns, audits, requests] = await Promise.all([
    em.find(FamilyMember, { pupil }),
    em.find(CaseNote, { pupil }),
    em.find(Consent, { pupil }),
    em.find(FamilyNotification, { pupil }),
    em.find(Match, { pupil }),
    em.find(Concern, { pupil }, { fields: ['id', 'status'] }),
    em.find(AuditEntry, { organisation: organisationId, subjectId: pupil.id }),
    em.find(SubjectRequestEntry, { organisation: organisationId, subjectId: pupil.id }),
  ]);
  const matchIds = matches.map((match) => match.id);
  const [logs, checkIns] = matchIds.length === 0 ? [[], []] : await Promise.all([em.find(MeetingLog, { match: { $in: matchIds } }), em.find(CheckIn, { match: { $in: matchIds } })]);
  const facts = caseFactsOf(pupil, matches, concerns);
  const matchFacts = new Map(matches.map((match) => [match.id, { endedOn: match.endedOn ?? null, declinedOn: match.declinedOn ?? null, openConcern: facts.openConcern }]));
  const records: PupilRecord[] = [
    { record: { kind: 'pupilFile', id: pupil.id, case: facts }, relation: 'subject', values: valuesOf(pupil) },
    ...family.map((member): PupilRecord => ({ record: { kind: 'familyMember', id: member.id, case: facts }, relation: 'subject', values: valuesOf(member) })),
    ...notes.map((note): PupilRecord => ({ record: { kind: 'caseNote', id: note.id, case: facts }, relation: 'subject', values: {} })),
    ...consents.map(
      (consent): PupilRecord => ({
        record: { kind: 'consent', id: consent.id, case: facts, decision: consent.decision === 'refused' ? 'refused' : 'given', decidedOn: consent.decidedOn, withdrawnOn: consent.withdrawnOn ?? null },
        relation: 'subject',
        values: valuesOf(consent),
      }),
    ),
    ...notifications.map((notice): PupilRecord => ({ record: { kind: 'familyNotification', id: notice.id, case: facts, notifiedOn: notice.notifiedOn }, relation: 'subject', values: valuesOf(notice) })),
    ...matches.map((match): PupilRecord => ({ record: { kind: 'match', id: match.id, match: matchFacts.get(match.id)! }, relation: 'shared', values: valuesOf(match) })),
    ...logs.map((log): PupilRecord => ({ record: { kind: 'meetingLog', id: log.id, match: matchFacts.get(log.match.id)! }, relation: 'subject', values: valuesOf(log) })),
    ...checkIns.map((checkIn): PupilRecord => ({ record: { kind: 'checkIn', id: checkIn.id, match: matchFacts.get(checkIn.match.id)! }, relation: 'subject', values: valuesOf(checkIn) })),
    ...concerns.map(
      (concern): PupilRecord => ({
        record: { kind: 'concern', id: concern.id, closedOn: null, closedWithoutSuspicion: false, ledToReportOrReferral: true, partOfChronology: true, aboutStaffOrVolunteer: false, pupilBirthDate: pupil.birthDate },
        relation: 'subject',
        values: {},
      }),
    ),
    ...audits.map((row): PupilRecord => ({ record: { kind: 'auditEntry', id: row.id, at: row.at.toISOString() }, relation: 'subject', values: valuesOf(row) })),
    ...requests.map((row): PupilRecord => ({ record: { kind: 'subjectRequest', id: row.id, completedOn: row.completedOn ?? null }, relation: 'subject', values: valuesOf(row) })),
  ];
  return { pupil, facts, records };
}

/** The file's records as the domain's export takes them. */
export const exportItemsOf = (file: PupilFile): ExportItem[] => file.records.map(({ record, relation, values }) => ({ id: record.id, kind: record.kind, relation, values }));

/**
 * Strips the pupil's row of everything that identifies the pupil or the family; the row stays so
 * that matches, concerns and the counts of the reports still point somewhere. Irreversible: the
 * names, notes, address, postcode and location are overwritten, the birth date keeps its year only.
 */
function anonymisePupil(pupil: Pupil, today: string): void {
  Object.assign(pupil, {
    firstName: '–',
    lastName: '–',
    birthDate: `${pupil.birthDate.slice(0, 4)}-01-01`,
    vulnerabilityNote: null,
    helpRequest: '',
    homeLanguages: [],
    postcode: '',
    address: null,
    needs: [],
    availability: [],
    genderPreference: null,
    latitude: null,
    longitude: null,
    anonymisedOn: today,
  });
}

/** What to do with one record; null leaves it as it is (kept by law, kept for review, still in its period). */
export type RecordAction = 'delete' | 'anonymise' | null;

/**
 * Carries out the actions on a pupil's records: a pupil's row is anonymised (whether deleted or
 * anonymised: other records point at it), family members go with their sign-in codes, sessions and
 * contact attempts, notes, logs (with their talk requests) and check-ins go, a match loses the
 * coordinator's free text. Returns `kind.action` → count. Saved with the caller's flush (and its
 * native deletes at once).
 */
export async function carryOut(em: EntityManager, file: PupilFile, actionOf: (record: RetentionRecord) => RecordAction, today: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const ids = (kind: RetentionRecord['kind'], action: Exclude<RecordAction, null>) => file.records.filter(({ record }) => record.kind === kind && actionOf(record) === action).map(({ record }) => record.id);
  const count = (key: string, n: number) => {
    if (n > 0) counts[key] = (counts[key] ?? 0) + n;
  };
  const members = ids('familyMember', 'delete');
  if (members.length > 0) {
    await em.nativeDelete(PortalLoginCode, { familyMember: { $in: members } });
    await em.nativeDelete(Session, { subjectKind: 'family', subjectId: { $in: members } });
    await em.nativeDelete(ContactAttempt, { familyMember: { $in: members } });
    count('familyMember.delete', await em.nativeDelete(FamilyMember, { id: { $in: members } }));
  }
  const logs = ids('meetingLog', 'delete');
  if (logs.length > 0) {
    await em.nativeDelete(TalkRequest, { meetingLog: { $in: logs } });
    count('meetingLog.delete', await em.nativeDelete(MeetingLog, { id: { $in: logs } }));
  }
  const notes = ids('caseNote', 'delete');
  if (notes.length > 0) count('caseNote.delete', await em.nativeDelete(CaseNote, { id: { $in: notes } }));
  const checkIns = ids('checkIn', 'delete');
  if (checkIns.length > 0) count('checkIn.delete', await em.nativeDelete(CheckIn, { id: { $in: checkIns } }));
  const consents = ids('consent', 'delete');
  if (consents.length > 0) count('consent.delete', await em.nativeDelete(Consent, { id: { $in: consents } }));
  const notifications = ids('familyNotification', 'delete');
  if (notifications.length > 0) count('familyNotification.delete', await em.nativeDelete(FamilyNotification, { id: { $in: notifications } }));
  const matches = ids('match', 'anonymise');
  if (matches.length > 0) count('match.anonymise', await em.nativeUpdate(Match, { id: { $in: matches } }, { manualReason: null, scoreParts: null }));
  const pupilAction = actionOf(file.records[0]!.record);
  if (pupilAction !== null && file.pupil.anonymisedOn === null) {
    anonymisePupil(file.pupil, today);
    count('pupilFile.anonymise', 1);
  }
  return counts;
}
