import { FamilyMember, Pupil, StaffMember, SubjectRequestEntry, Volunteer, type RequestSubjectType } from '@driehoek/db';
import { checkRequestExtension, checkRequester, subjectRequestStanding, type SubjectRequest, type SubjectRequestKind, type SubjectRequestOutcome } from '@driehoek/domain/privacy';
import { completeSubjectRequestInput, extendSubjectRequestInput, privacyPeopleView, recordSubjectRequestInput, subjectRequestView, subjectRequestViews } from '@driehoek/contracts/privacy';
import { today } from '../../clock/index.js';
import { AppError, throwIfRefused } from '../../errors/index.js';
import { adminProcedure } from '../../trpc/index.js';
import { audit } from '../../audit/index.js';
import type { EntityManager } from '@driehoek/db';

/** The register row as the domain's request (PRV-2); `birthDate` for a pupil, null for an adult. */
const requestOf = (row: SubjectRequestEntry, birthDate: string | null): SubjectRequest => ({
  id: row.id,
  kind: row.kind as SubjectRequestKind,
  receivedOn: row.receivedOn,
  subject: birthDate ? { kind: 'pupil', birthDate } : { kind: 'adult' },
  requester: row.requester === 'subject' ? 'subject' : 'legalRepresentative',
  extension: row.extensionNotifiedOn ? { notifiedOn: row.extensionNotifiedOn, reason: row.extensionReason ?? '' } : null,
  completedOn: row.completedOn ?? null,
  outcome: (row.outcome as SubjectRequestOutcome | null) ?? null,
});

/** Who a request is about, as the register shows them: a name (null once erased) and a pupil's birth date (PRV-3). */
interface RequestSubjectFacts {
  readonly name: string | null;
  readonly birthDate: string | null;
}

/** The names (and pupils' birth dates) of the people the rows are about, by id; another organisation's person is never found. */
async function subjectsOf(em: EntityManager, organisation: string, rows: readonly Pick<SubjectRequestEntry, 'subjectType' | 'subjectId'>[]): Promise<Map<string, RequestSubjectFacts>> {
  const idsOf = (type: RequestSubjectType) => [...new Set(rows.filter((row) => row.subjectType === type).map((row) => row.subjectId))];
  const [pupils, members, volunteers, staff] = await Promise.all([
    em.find(Pupil, { organisation, id: { $in: idsOf('pupil') } }, { fields: ['id', 'firstName', 'lastName', 'birthDate', 'anonymisedOn'] }),
    em.find(FamilyMember, { organisation, id: { $in: idsOf('familyMember') } }, { fields: ['id', 'firstName', 'lastName'] }),
    em.find(Volunteer, { organisation, id: { $in: idsOf('volunteer') } }, { fields: ['id', 'firstName', 'lastName', 'anonymisedOn'] }),
    em.find(StaffMember, { organisation, id: { $in: idsOf('staffMember') } }, { fields: ['id', 'name', 'active', 'passwordHash'] }),
  ]);
  const facts = new Map<string, RequestSubjectFacts>();
  for (const pupil of pupils) facts.set(pupil.id, { name: pupil.anonymisedOn ? null : `${pupil.firstName} ${pupil.lastName}`, birthDate: pupil.birthDate });
  for (const member of members) facts.set(member.id, { name: `${member.firstName} ${member.lastName}`, birthDate: null });
  for (const volunteer of volunteers) facts.set(volunteer.id, { name: volunteer.anonymisedOn ? null : `${volunteer.firstName} ${volunteer.lastName}`, birthDate: null });
  for (const member of staff) facts.set(member.id, { name: member.name === '–' ? null : member.name, birthDate: null });
  return facts;
}

function viewOf(row: SubjectRequestEntry, subject: RequestSubjectFacts | undefined, day: string) {
  const standing = subjectRequestStanding(requestOf(row, subject?.birthDate ?? null), day);
  return {
    id: row.id,
    kind: row.kind as SubjectRequestKind,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    subjectName: subject?.name ?? null,
    requester: row.requester,
    receivedOn: row.receivedOn,
    dueOn: standing.dueOn,
    extended: standing.extended,
    status: standing.status,
    daysLeft: standing.daysLeft,
    completedOn: row.completedOn ?? null,
    outcome: row.outcome ?? null,
  };
}

/** One request of the organisation with what is known of its subject; another organisation's is NOT_FOUND. */
export async function ownRequest(em: EntityManager, organisation: string, requestId: string) {
  const row = await em.findOne(SubjectRequestEntry, { id: requestId, organisation });
  if (!row) throw new AppError('NOT_FOUND', 'requestId');
  return { row, subject: (await subjectsOf(em, organisation, [row])).get(row.subjectId) };
}

/** The register of data-subject requests, with each one's due date and standing today (PRV-2); open ones first, soonest due first. */
export const listRequests = adminProcedure.output(subjectRequestViews).query(async ({ ctx }) => {
  const organisation = ctx.actor.organisationId;
  const rows = await ctx.em.find(SubjectRequestEntry, { organisation }, { orderBy: { receivedOn: 'desc' } });
  const subjects = await subjectsOf(ctx.em, organisation, rows);
  const day = today(ctx.services.clock);
  const views = rows.map((row) => viewOf(row, subjects.get(row.subjectId), day));
  return views.sort((a, b) => Number(a.completedOn !== null) - Number(b.completedOn !== null) || (a.completedOn === null ? a.dueOn.localeCompare(b.dueOn) : 0));
});

/** The person's kind in the audit log. */
const AUDIT_TYPE: Readonly<Record<RequestSubjectType, string>> = { pupil: 'Pupil', familyMember: 'FamilyMember', volunteer: 'Volunteer', staffMember: 'StaffMember' };

/**
 * Records a request: due one month after receipt (PRV-2). About a pupil, under 16 it comes through
 * the legal representative (PRV-3); a parent, volunteer or staff member asks for themselves.
 */
export const recordRequest = adminProcedure
  .input(recordSubjectRequestInput)
  .output(subjectRequestView)
  .mutation(async ({ ctx, input }) => {
    const organisation = ctx.actor.organisationId;
    const day = today(ctx.services.clock);
    const subjectType: RequestSubjectType = input.person?.type ?? 'pupil';
    const subjectId = input.person?.id ?? input.pupilId ?? '';
    const field = input.person ? 'person' : 'pupilId';
    const found = (await subjectsOf(ctx.em, organisation, [{ subjectType, subjectId }])).get(subjectId);
    if (!found?.name) throw new AppError('NOT_FOUND', field);
    if (input.receivedOn > day) throw new AppError('SUBJECT_REQUEST.DATE_INVALID', 'receivedOn');
    throwIfRefused(checkRequester(found.birthDate ? { kind: 'pupil', birthDate: found.birthDate } : { kind: 'adult' }, input.requester, input.receivedOn, input.authorisedByPupil));
    const row = ctx.em.create(SubjectRequestEntry, {
      organisation,
      kind: input.kind,
      subjectType,
      subjectId,
      requester: input.requester,
      receivedOn: input.receivedOn,
      extensionNotifiedOn: null,
      extensionReason: null,
      completedOn: null,
      outcome: null,
      createdById: ctx.actor.id,
    });
    audit(ctx.em, ctx.actor, 'privacy.request.record', AUDIT_TYPE[subjectType], subjectId);
    await ctx.em.flush();
    return viewOf(row, found, day);
  });

/** The people a request can be about besides the pupils (the pupils come from `pupils.list`): for the register's form. */
export const people = adminProcedure.output(privacyPeopleView).query(async ({ ctx }) => {
  const organisation = ctx.actor.organisationId;
  const [members, volunteers, staff] = await Promise.all([
    ctx.em.find(FamilyMember, { organisation, pupil: { anonymisedOn: null } }, { populate: ['pupil'], orderBy: { lastName: 'asc', firstName: 'asc' } }),
    ctx.em.find(Volunteer, { organisation, anonymisedOn: null }, { orderBy: { lastName: 'asc', firstName: 'asc' } }),
    ctx.em.find(StaffMember, { organisation, national: false, name: { $ne: '–' } }, { orderBy: { name: 'asc' } }),
  ]);
  return {
    familyMembers: members.map((member) => ({ id: member.id, name: `${member.firstName} ${member.lastName}`, pupilName: `${member.pupil.firstName} ${member.pupil.lastName}` })),
    volunteers: volunteers.map((volunteer) => ({ id: volunteer.id, name: `${volunteer.firstName} ${volunteer.lastName}` })),
    staff: staff.map((member) => ({ id: member.id, name: member.name })),
  };
});

/** PRV-2: extends the deadline to three months, told to the person within the first month, with the reason. */
export const extendRequest = adminProcedure
  .input(extendSubjectRequestInput)
  .output(subjectRequestView)
  .mutation(async ({ ctx, input }) => {
    const { row, subject } = await ownRequest(ctx.em, ctx.actor.organisationId, input.requestId);
    throwIfRefused(checkRequestExtension(requestOf(row, subject?.birthDate ?? null), { notifiedOn: input.notifiedOn, reason: input.reason }));
    row.extensionNotifiedOn = input.notifiedOn;
    row.extensionReason = input.reason;
    await ctx.em.flush();
    return viewOf(row, subject, today(ctx.services.clock));
  });

/** Records the answer: the day and the outcome (kept two years after, R-10). */
export const completeRequest = adminProcedure
  .input(completeSubjectRequestInput)
  .output(subjectRequestView)
  .mutation(async ({ ctx, input }) => {
    const { row, subject } = await ownRequest(ctx.em, ctx.actor.organisationId, input.requestId);
    if (row.completedOn) throw new AppError('SUBJECT_REQUEST.ALREADY_COMPLETED');
    const day = today(ctx.services.clock);
    if (input.completedOn < row.receivedOn || input.completedOn > day) throw new AppError('SUBJECT_REQUEST.DATE_INVALID', 'completedOn');
    row.completedOn = input.completedOn;
    row.outcome = input.outcome;
    await ctx.em.flush();
    return viewOf(row, subject, day);
  });
