import {
  AllowancePayment,
  AuditEntry,
  CalendarFeed,
  Concern,
  Consent,
  ContactAttempt,
  FamilyMember,
  Match,
  MeetingLog,
  OutboxMessage,
  PasswordToken,
  PortalLoginCode,
  ReauthConfirmation,
  SafeguardingRole,
  Session,
  StaffMember,
  SubjectRequestEntry,
  Volunteer,
  type EntityManager,
  type RequestSubjectType,
} from '@driehoek/db';
import type { DataSubject, ExportRelation, PersonErasureItem, PersonExportItem, RecordOwner, RetentionRecord } from '@driehoek/domain/privacy';
import { pupilFile } from './pupil-records.js';
import { removeVolunteerTraces, stripVolunteer } from './volunteer-retention.js';

/** One record found for a volunteer, family member or staff member. */
interface PersonRecord {
  readonly record: RetentionRecord;
  readonly relation: ExportRelation;
  readonly owner: RecordOwner;
  readonly values: Readonly<Record<string, unknown>>;
}

/** Every record that names the person (and, for a family member, their child's file), for the domain to choose from. */
export interface PersonFile {
  readonly type: Exclude<RequestSubjectType, 'pupil'>;
  readonly id: string;
  readonly subject: DataSubject;
  /** The audit log's name for the person's kind. */
  readonly auditType: 'Volunteer' | 'FamilyMember' | 'StaffMember';
  readonly email: string | null;
  readonly records: readonly PersonRecord[];
}

const valuesOf = (entity: object): Readonly<Record<string, unknown>> => entity as Readonly<Record<string, unknown>>;
const own = (record: RetentionRecord, values: object = {}, relation: ExportRelation = 'subject'): PersonRecord => ({ record, relation, owner: 'person', values: valuesOf(values) });

/** The records every kind of person has: sessions, sent e-mails, calendar feeds, reads of their record in the audit log, their requests. */
async function commonRecords(em: EntityManager, organisationId: string, id: string, kind: 'staff' | 'family' | 'volunteer', email: string | null): Promise<PersonRecord[]> {
  const [sessions, mails, feeds, audits, requests] = await Promise.all([
    em.find(Session, { subjectKind: kind, subjectId: id }),
    email ? em.find(OutboxMessage, { to: email, organisation: organisationId }) : Promise.resolve([]),
    em.find(CalendarFeed, { organisation: organisationId, subjectId: id }),
    em.find(AuditEntry, { organisation: organisationId, subjectId: id }),
    em.find(SubjectRequestEntry, { organisation: organisationId, subjectId: id }),
  ]);
  return [
    ...sessions.map((row) => own({ kind: 'session', id: row.tokenHash, expiresAt: row.expiresAt.toISOString() }, { createdAt: row.createdAt.toISOString(), expiresAt: row.expiresAt.toISOString() })),
    ...mails.map((row) => own({ kind: 'sentEmail', id: row.id, sentAt: row.sentAt?.toISOString() ?? null }, { to: row.to, subject: row.subject, text: row.text, createdAt: row.createdAt.toISOString(), sentAt: row.sentAt?.toISOString() })),
    ...feeds.map((row) => own({ kind: 'calendarFeed', id: row.tokenHash, revokedOn: row.revokedAt?.toISOString().slice(0, 10) ?? null, subjectInactiveSince: null }, { createdAt: row.createdAt.toISOString(), revokedAt: row.revokedAt?.toISOString() })),
    ...audits.map((row) => own({ kind: 'auditEntry', id: row.id, at: row.at.toISOString() }, { action: row.action, subjectType: row.subjectType, at: row.at.toISOString() })),
    ...requests.map((row) => own({ kind: 'subjectRequest', id: row.id, completedOn: row.completedOn ?? null }, row)),
  ];
}

/** Concerns naming the person as their subject (SAF-11): listed with nothing of their content, so they can only go to review. */
const concernsAbout = async (em: EntityManager, organisationId: string, personId: string, birthDate: string): Promise<PersonRecord[]> =>
  (await em.find(Concern, { organisation: organisationId, subjectPersonId: personId }, { fields: ['id', 'status'] })).map((concern) =>
    own({ kind: 'concern', id: concern.id, closedOn: null, closedWithoutSuspicion: false, ledToReportOrReferral: true, partOfChronology: true, aboutStaffOrVolunteer: true, pupilBirthDate: birthDate }),
  );

async function volunteerFile(em: EntityManager, organisationId: string, volunteerId: string): Promise<PersonFile | null> {
  const volunteer = await em.findOne(Volunteer, { id: volunteerId, organisation: organisationId, anonymisedOn: null });
  if (!volunteer) return null;
  const [matches, payments, codes, concerns] = await Promise.all([
    em.find(Match, { volunteer }),
    em.find(AllowancePayment, { volunteer }),
    em.find(PortalLoginCode, { volunteer }),
    concernsAbout(em, organisationId, volunteer.id, volunteer.birthDate),
  ]);
  const logs = matches.length === 0 ? [] : await em.find(MeetingLog, { match: { $in: matches.map((match) => match.id) } });
  const matchFacts = new Map(matches.map((match) => [match.id, { endedOn: match.endedOn ?? null, declinedOn: match.declinedOn ?? null, openConcern: false }]));
  const accepted = volunteer.decisionKind === 'accepted';
  const outcome = volunteer.decisionKind === 'rejected' ? 'rejected' : volunteer.decisionKind === 'withdrawn' ? 'withdrawn' : 'open';
  const profile: RetentionRecord = accepted
    ? { kind: 'volunteer', id: volunteer.id, leftOn: volunteer.revokedOn ?? null, subjectOfConcern: concerns.length > 0 }
    : { kind: 'volunteerApplication', id: volunteer.id, outcome, decidedOn: volunteer.decidedOn ?? null };
  const records: PersonRecord[] = [
    own(profile, volunteer),
    own({ kind: 'vogRegistration', id: `${volunteer.id}:vog`, leftOn: volunteer.revokedOn ?? null }, volunteer),
    // The match's own facts; the allow-list never reaches the pupil or the family.
    ...matches.map((match) => own({ kind: 'match', id: match.id, match: matchFacts.get(match.id)! }, match, 'shared')),
    // The logs the volunteer wrote: theirs to read whole, and the pupil's too, so an erasure leaves them without the volunteer.
    ...logs.map((log) => own({ kind: 'meetingLog', id: log.id, match: matchFacts.get(log.match.id)! }, log, 'author')),
    ...payments.map((payment) => own({ kind: 'allowancePayment', id: payment.id, paidOn: payment.paidOn }, payment)),
    ...codes.map((code) => own({ kind: 'signInCode', id: code.id, expiresAt: code.expiresAt.toISOString(), usedAt: code.usedAt?.toISOString() ?? null }, { createdAt: code.createdAt.toISOString(), expiresAt: code.expiresAt.toISOString(), usedAt: code.usedAt?.toISOString() })),
    ...concerns,
    ...(await commonRecords(em, organisationId, volunteer.id, 'volunteer', volunteer.email)),
  ];
  return { type: 'volunteer', id: volunteer.id, subject: { kind: 'volunteer' }, auditType: 'Volunteer', email: volunteer.email, records };
}

async function familyMemberFile(em: EntityManager, organisationId: string, memberId: string): Promise<PersonFile | null> {
  const member = await em.findOne(FamilyMember, { id: memberId, organisation: organisationId }, { populate: ['pupil'] });
  if (!member) return null;
  const child = await pupilFile(em, organisationId, member.pupil.id);
  if (!child) return null;
  const [given, codes] = await Promise.all([em.find(Consent, { pupil: member.pupil, giverPersonId: member.id }), em.find(PortalLoginCode, { familyMember: member })]);
  const facts = child.facts;
  const ownConsents = new Set(given.map((consent) => consent.id));
  const records: PersonRecord[] = [
    own({ kind: 'familyMember', id: member.id, case: facts }, member),
    ...given.map((consent) =>
      own({ kind: 'consent', id: consent.id, case: facts, decision: consent.decision === 'refused' ? 'refused' : 'given', decidedOn: consent.decidedOn, withdrawnOn: consent.withdrawnOn ?? null }, consent),
    ),
    ...codes.map((code) => own({ kind: 'signInCode', id: code.id, expiresAt: code.expiresAt.toISOString(), usedAt: code.usedAt?.toISOString() ?? null }, { createdAt: code.createdAt.toISOString(), expiresAt: code.expiresAt.toISOString(), usedAt: code.usedAt?.toISOString() })),
    ...(await commonRecords(em, organisationId, member.id, 'family', member.email ?? null)),
    // The child's file: the domain decides whether a guardian's export holds it (PRV-3); an erasure never touches it.
    ...child.records.filter(({ record }) => !ownConsents.has(record.id)).map(({ record, relation, values }): PersonRecord => ({ record, relation, owner: 'child', values })),
  ];
  return {
    type: 'familyMember',
    id: member.id,
    subject: { kind: 'familyMember', hasParentalAuthority: member.hasParentalAuthority, child: { birthDate: member.pupil.birthDate } },
    auditType: 'FamilyMember',
    email: member.email ?? null,
    records,
  };
}

async function staffMemberFile(em: EntityManager, organisationId: string, staffId: string): Promise<PersonFile | null> {
  const staff = await em.findOne(StaffMember, { id: staffId, organisation: organisationId, national: false });
  if (!staff) return null;
  const [actions, concerns] = await Promise.all([em.find(AuditEntry, { organisation: organisationId, actorId: staff.id }), concernsAbout(em, organisationId, staff.id, '1900-01-01')]);
  const records: PersonRecord[] = [
    own({ kind: 'staffAccount', id: staff.id, deactivatedOn: null }, { name: staff.name, email: staff.email, role: staff.role, active: staff.active, createdAt: staff.createdAt.toISOString() }),
    // What they did, on which kind of record, when: not whose record it was (that is someone else's data).
    ...actions.map((row) => own({ kind: 'auditEntry', id: row.id, at: row.at.toISOString() }, { action: row.action, subjectType: row.subjectType, at: row.at.toISOString() }, 'author')),
    ...concerns,
    ...(await commonRecords(em, organisationId, staff.id, 'staff', staff.email)),
  ];
  return { type: 'staffMember', id: staff.id, subject: { kind: 'staffMember' }, auditType: 'StaffMember', email: staff.email, records };
}

/** The file of a volunteer, family member or staff member of the organisation; null when they are not the organisation's (or already anonymised). */
export function personFile(em: EntityManager, organisationId: string, type: Exclude<RequestSubjectType, 'pupil'>, id: string): Promise<PersonFile | null> {
  if (type === 'volunteer') return volunteerFile(em, organisationId, id);
  if (type === 'familyMember') return familyMemberFile(em, organisationId, id);
  return staffMemberFile(em, organisationId, id);
}

export const personExportItems = (file: PersonFile): PersonExportItem[] => file.records.map(({ record, relation, owner, values }) => ({ id: record.id, kind: record.kind, relation, owner, values }));
export const personErasureItems = (file: PersonFile): PersonErasureItem[] =>
  file.records.map(({ record, relation, owner }) => ({ ...record, owner, ...(relation === 'shared' || relation === 'author' ? { relation: 'shared' as const } : {}) }));

/**
 * Carries out an erasure plan on the person's own records: `ids` are the plan's delete and
 * anonymise entries. A volunteer's row is stripped (matches and logs still point at it), a family
 * member's row goes, a staff account is stripped and closed; sessions, codes, e-mails and feeds go.
 * Kept records (consent proof, payments, the audit trail, the register) are not touched. Returns
 * what was deleted and anonymised. Saved with the caller's flush.
 */
export async function carryOutPersonErasure(em: EntityManager, file: PersonFile, deleteIds: ReadonlySet<string>, anonymiseIds: ReadonlySet<string>, today: string): Promise<{ deleted: number; anonymised: number }> {
  let deleted = 0;
  let anonymised = 0;
  const of = (kind: RetentionRecord['kind'], ids: ReadonlySet<string>) => file.records.filter(({ record, owner }) => owner === 'person' && record.kind === kind && ids.has(record.id)).map(({ record }) => record.id);
  const gone = async (n: Promise<number>) => {
    deleted += await n;
  };
  const sessions = of('session', deleteIds);
  if (sessions.length > 0) await gone(em.nativeDelete(Session, { tokenHash: { $in: sessions } }));
  const codes = of('signInCode', deleteIds);
  if (codes.length > 0) await gone(em.nativeDelete(PortalLoginCode, { id: { $in: codes } }));
  const mails = of('sentEmail', deleteIds);
  if (mails.length > 0) await gone(em.nativeDelete(OutboxMessage, { id: { $in: mails } }));
  const feeds = of('calendarFeed', deleteIds);
  if (feeds.length > 0) await gone(em.nativeDelete(CalendarFeed, { tokenHash: { $in: feeds } }));
  const consents = of('consent', deleteIds);
  if (consents.length > 0) await gone(em.nativeDelete(Consent, { id: { $in: consents } }));
  anonymised += of('match', anonymiseIds).length + of('meetingLog', anonymiseIds).length;

  if (file.type === 'volunteer' && (deleteIds.has(file.id) || anonymiseIds.has(file.id))) {
    await removeVolunteerTraces(em, [file.id]);
    const volunteer = await em.findOneOrFail(Volunteer, file.id);
    // The name stays beside allowance payments the tax administration still keeps (AWR-52).
    stripVolunteer(volunteer, today, (await em.count(AllowancePayment, { volunteer: file.id })) > 0);
    // Never matched again, whatever the screening said.
    volunteer.suspended = true;
    anonymised += 1;
  }
  if (file.type === 'familyMember' && deleteIds.has(file.id)) {
    await em.nativeDelete(PortalLoginCode, { familyMember: file.id });
    await em.nativeDelete(Session, { subjectKind: 'family', subjectId: file.id });
    await em.nativeDelete(ContactAttempt, { familyMember: file.id });
    await gone(em.nativeDelete(FamilyMember, { id: file.id }));
  }
  if (file.type === 'staffMember' && (deleteIds.has(file.id) || anonymiseIds.has(file.id))) {
    await em.nativeDelete(Session, { subjectKind: 'staff', subjectId: file.id });
    await em.nativeDelete(PasswordToken, { staffMember: file.id });
    await em.nativeDelete(ReauthConfirmation, { staffMember: file.id });
    await em.nativeDelete(SafeguardingRole, { staffMember: file.id });
    await em.nativeUpdate(StaffMember, { id: file.id }, { name: '–', email: `anonymised-${file.id}@invalid`, passwordHash: null, active: false, lastSignInAt: null });
    anonymised += 1;
  }
  return { deleted, anonymised };
}
