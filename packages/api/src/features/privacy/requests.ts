import { Pupil, SubjectRequestEntry } from '@driehoek/db';
import { checkRequestExtension, checkRequester, subjectRequestStanding, type SubjectRequest, type SubjectRequestKind, type SubjectRequestOutcome } from '@driehoek/domain/privacy';
import { completeSubjectRequestInput, extendSubjectRequestInput, recordSubjectRequestInput, subjectRequestView, subjectRequestViews } from '@driehoek/contracts/privacy';
import { today } from '../../clock/index.js';
import { AppError, throwIfRefused } from '../../errors/index.js';
import { adminProcedure } from '../../trpc/index.js';
import { audit } from '../../audit/index.js';
import type { EntityManager } from '@driehoek/db';

/** The register row as the domain's request (PRV-2). */
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

function viewOf(row: SubjectRequestEntry, pupil: Pick<Pupil, 'firstName' | 'lastName' | 'birthDate' | 'anonymisedOn'> | undefined, day: string) {
  const standing = subjectRequestStanding(requestOf(row, pupil?.birthDate ?? null), day);
  return {
    id: row.id,
    kind: row.kind as SubjectRequestKind,
    pupilId: row.subjectId,
    pupilName: pupil && !pupil.anonymisedOn ? `${pupil.firstName} ${pupil.lastName}` : null,
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

async function ownRequest(em: EntityManager, organisation: string, requestId: string) {
  const row = await em.findOne(SubjectRequestEntry, { id: requestId, organisation });
  if (!row) throw new AppError('NOT_FOUND', 'requestId');
  const pupil = await em.findOne(Pupil, { id: row.subjectId, organisation }, { fields: ['id', 'firstName', 'lastName', 'birthDate', 'anonymisedOn'] });
  return { row, pupil: pupil ?? undefined };
}

/** The register of data-subject requests, with each one's due date and standing today (PRV-2); open ones first, soonest due first. */
export const listRequests = adminProcedure.output(subjectRequestViews).query(async ({ ctx }) => {
  const organisation = ctx.actor.organisationId;
  const rows = await ctx.em.find(SubjectRequestEntry, { organisation }, { orderBy: { receivedOn: 'desc' } });
  const pupils = await ctx.em.find(Pupil, { organisation, id: { $in: [...new Set(rows.map((row) => row.subjectId))] } }, { fields: ['id', 'firstName', 'lastName', 'birthDate', 'anonymisedOn'] });
  const byId = new Map(pupils.map((pupil) => [pupil.id, pupil]));
  const day = today(ctx.services.clock);
  const views = rows.map((row) => viewOf(row, byId.get(row.subjectId), day));
  return views.sort((a, b) => Number(a.completedOn !== null) - Number(b.completedOn !== null) || (a.completedOn === null ? a.dueOn.localeCompare(b.dueOn) : 0));
});

/** Records a request about a pupil's file: due one month after receipt (PRV-2); under 16 through the legal representative (PRV-3). */
export const recordRequest = adminProcedure
  .input(recordSubjectRequestInput)
  .output(subjectRequestView)
  .mutation(async ({ ctx, input }) => {
    const organisation = ctx.actor.organisationId;
    const day = today(ctx.services.clock);
    const pupil = await ctx.em.findOne(Pupil, { id: input.pupilId, organisation });
    if (!pupil) throw new AppError('NOT_FOUND', 'pupilId');
    if (input.receivedOn > day) throw new AppError('SUBJECT_REQUEST.DATE_INVALID', 'receivedOn');
    throwIfRefused(checkRequester({ kind: 'pupil', birthDate: pupil.birthDate }, input.requester, input.receivedOn, input.authorisedByPupil));
    const row = ctx.em.create(SubjectRequestEntry, {
      organisation,
      kind: input.kind,
      subjectType: 'pupil',
      subjectId: pupil.id,
      requester: input.requester,
      receivedOn: input.receivedOn,
      extensionNotifiedOn: null,
      extensionReason: null,
      completedOn: null,
      outcome: null,
      createdById: ctx.actor.id,
    });
    audit(ctx.em, ctx.actor, 'privacy.request.record', 'Pupil', pupil.id);
    await ctx.em.flush();
    return viewOf(row, pupil, day);
  });

/** PRV-2: extends the deadline to three months, told to the person within the first month, with the reason. */
export const extendRequest = adminProcedure
  .input(extendSubjectRequestInput)
  .output(subjectRequestView)
  .mutation(async ({ ctx, input }) => {
    const { row, pupil } = await ownRequest(ctx.em, ctx.actor.organisationId, input.requestId);
    throwIfRefused(checkRequestExtension(requestOf(row, pupil?.birthDate ?? null), { notifiedOn: input.notifiedOn, reason: input.reason }));
    row.extensionNotifiedOn = input.notifiedOn;
    row.extensionReason = input.reason;
    await ctx.em.flush();
    return viewOf(row, pupil, today(ctx.services.clock));
  });

/** Records the answer: the day and the outcome (kept two years after, R-10). */
export const completeRequest = adminProcedure
  .input(completeSubjectRequestInput)
  .output(subjectRequestView)
  .mutation(async ({ ctx, input }) => {
    const { row, pupil } = await ownRequest(ctx.em, ctx.actor.organisationId, input.requestId);
    if (row.completedOn) throw new AppError('SUBJECT_REQUEST.ALREADY_COMPLETED');
    const day = today(ctx.services.clock);
    if (input.completedOn < row.receivedOn || input.completedOn > day) throw new AppError('SUBJECT_REQUEST.DATE_INVALID', 'completedOn');
    row.completedOn = input.completedOn;
    row.outcome = input.outcome;
    await ctx.em.flush();
    return viewOf(row, pupil, day);
  });
