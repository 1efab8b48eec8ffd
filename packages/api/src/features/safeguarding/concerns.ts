import { z } from 'zod';
import { Concern, Match, OPEN_MATCH, Pupil, StaffMember, Volunteer, newId, type EntityManager } from '@driehoek/db';
import {
  addendumInput,
  concernListView,
  concernRef,
  concernView,
  raiseConcernInput,
  raisedConcernView,
  recordStepInput,
  type RaiseConcernInput,
} from '@driehoek/contracts/safeguarding';
import {
  EMERGENCY_LINES,
  appendConcernEntry,
  concernState,
  mayReadConcern,
  openConcern,
  reporterGuidance,
  safeguardingSettingsOf,
  type ConcernEntryBody,
  type ConcernReport,
} from '@driehoek/domain/safeguarding';
import { AppError } from '../../errors/index.js';
import { audit } from '../../audit/index.js';
import type { Actor, Context } from '../../trpc/index.js';
import { concernProcedure, staffCaller, viewerOf, type ConcernCaller } from './caller.js';
import { sendDueAlerts } from './alerts.js';
import { appendEntries, findConcern, flushAppend, instantOf, loadStates, type LoadedConcern } from './store.js';
import { caseViewOf, namesFor, ownReportOf, queueItemOf } from './views.js';

export type Insider = ConcernCaller & { kind: 'staff' | 'volunteer' };
type ConcernContext = Context & { caller: ConcernCaller };

/** The middleware already turned outsiders away; this narrows the type. */
function insider(caller: ConcernCaller): Insider {
  if (caller.kind === 'outsider') throw new AppError('NOT_FOUND', 'concernId');
  return caller;
}

/** A concern the caller may read something of; anything else, this organisation's or not, is NOT_FOUND (SAF-10). */
async function loadForCaller(ctx: ConcernContext, concernId: string): Promise<{ caller: Insider; loaded: LoadedConcern }> {
  const caller = insider(ctx.caller);
  const loaded = await findConcern(ctx.em, caller.organisationId, concernId);
  if (!loaded || mayReadConcern(viewerOf(caller), loaded.state).kind === 'none') throw new AppError('NOT_FOUND', 'concernId');
  return { caller, loaded };
}

/** The concern as the caller may see it: the whole case for the case team, their own report for a reporter. */
async function viewFor(em: EntityManager, caller: Insider, loaded: LoadedConcern, now: Date) {
  const viewer = viewerOf(caller);
  if (mayReadConcern(viewer, loaded.state).kind !== 'full') return ownReportOf(loaded, viewer);
  const pupils = await loadStates(em, await em.find(Concern, { organisation: caller.organisationId, pupil: loaded.concern.pupil }, { populate: ['pupil', 'pupil.programme'] }));
  const states = pupils.map((item) => item.state);
  const assignable = await em.find(StaffMember, { organisation: caller.organisationId, active: true, role: { $in: ['coordinator', 'admin'] } }, { orderBy: { name: 'asc' } });
  return caseViewOf(loaded, states, viewer, await namesFor(em, caller.organisationId, states), instantOf(now), assignable.map((member) => ({ id: member.id, name: member.name })));
}

/** Appends one entry the domain accepts, sends what alerts are due, and answers with the concern. */
async function append(ctx: ConcernContext, input: { concernId: string; expectedVersion?: number | undefined }, body: ConcernEntryBody) {
  const { caller, loaded } = await loadForCaller(ctx, input.concernId);
  const now = ctx.services.clock.now();
  const settings = safeguardingSettingsOf(loaded.concern.pupil.programme.settings);
  const appended = appendConcernEntry(loaded.entries, { body, by: caller.as, at: instantOf(now), ...(input.expectedVersion !== undefined ? { expectedVersion: input.expectedVersion } : {}) }, settings);
  if (!appended.ok) throw new AppError(appended.code, appended.field);
  appendEntries(ctx.em, loaded.concern, [appended.value.entry], appended.value.state);
  const after = { concern: loaded.concern, entries: [...loaded.entries, appended.value.entry], state: appended.value.state };
  const alerts = await sendDueAlerts(ctx.em, after, now, ctx.services.publicUrl);
  audit(ctx.em, { id: caller.as.personId, organisationId: caller.organisationId }, `concern.${body.kind}`, 'Concern', loaded.concern.id);
  await flushAppend(ctx.em);
  const final = { ...after, entries: [...after.entries, ...alerts.entries], state: alerts.state };
  return viewFor(ctx.em, caller, final, now);
}

/** The pupil (and match) a report is about, as far as the caller may report on them (SAF-1). */
async function subjectOfReport(em: EntityManager, caller: Insider, input: RaiseConcernInput): Promise<{ pupil: Pupil; match: Match | null }> {
  if (caller.kind === 'volunteer') {
    // SAF-1: a volunteer reports from a running match of their own.
    const match = input.matchId
      ? await em.findOne(Match, { id: input.matchId, volunteer: caller.volunteer, startedOn: { $ne: null }, ...OPEN_MATCH }, { populate: ['pupil', 'pupil.programme'] })
      : null;
    if (!match) throw new AppError('NOT_FOUND', 'matchId');
    return { pupil: match.pupil, match };
  }
  if (input.matchId) {
    const match = await em.findOne(Match, { id: input.matchId, organisation: caller.organisationId }, { populate: ['pupil', 'pupil.programme'] });
    if (!match) throw new AppError('NOT_FOUND', 'matchId');
    return { pupil: match.pupil, match };
  }
  const pupil = input.pupilId ? await em.findOne(Pupil, { id: input.pupilId, organisation: caller.organisationId }, { populate: ['programme'] }) : null;
  if (!pupil) throw new AppError('NOT_FOUND', 'pupilId');
  return { pupil, match: null };
}

/** SAF-11: the volunteer or staff member a concern is about must be of the organisation. */
async function checkSubject(em: EntityManager, organisationId: string, personId: string | undefined): Promise<void> {
  if (!personId) return;
  const found = (await em.count(Volunteer, { id: personId, organisation: organisationId })) + (await em.count(StaffMember, { id: personId, organisation: organisationId }));
  if (found === 0) throw new AppError('NOT_FOUND', 'subject.personId');
}

/** The report as the domain takes it (SAF-1), from what the form sent. */
function reportOf(input: RaiseConcernInput, pupil: Pupil, match: Match | null, subject: RaiseConcernInput['subject']): ConcernReport {
  return {
    pupilId: pupil.id,
    ...(match ? { matchId: match.id } : {}),
    facts: input.facts,
    observedOn: input.observedOn,
    ...(input.observedTime ? { observedTime: input.observedTime } : {}),
    acuteDanger: input.acuteDanger,
    ...(input.dangerToLife !== undefined ? { dangerToLife: input.dangerToLife } : {}),
    disclosure: input.disclosure,
    ...(input.interpretation ? { interpretation: input.interpretation } : {}),
    ...(input.context ? { context: input.context } : {}),
    ...(input.sources ? { sources: input.sources } : {}),
    ...(input.categories ? { categories: input.categories } : {}),
    ...(subject ? { subject: { type: subject.type, ...(subject.personId ? { personId: subject.personId } : {}) } } : {}),
  };
}

/**
 * Opens a concern (SAF-1) on a pupil (and match) the caller may report on, alerts the case team at
 * once (SAF-3: in acute danger the coordinator and a deputy, by urgent e-mail), and says what the
 * reporter is to do now. Saved with the caller's flush. Also used by the check-in (SAF-16) and for
 * a meeting log.
 */
export async function openConcernFor(em: EntityManager, caller: Insider, at: { pupil: Pupil; match: Match | null }, report: ConcernReport, now: Date, publicUrl: string) {
  const { pupil, match } = at;
  const concernId = newId();
  const opened = openConcern({ concernId, report, reporter: { actor: caller.as, matchedToPupil: true }, at: instantOf(now) });
  if (!opened.ok) throw new AppError(opened.code, opened.field);
  const entry = opened.value;
  const state = concernState([entry]);
  const concern = em.create(Concern, {
    id: concernId,
    organisation: caller.organisationId,
    pupil,
    match,
    subjectPersonId: state.subject.personId,
    reporterId: caller.as.personId,
    reportedAt: now,
    status: state.status,
    acute: state.acuteDanger,
    acknowledged: false,
    version: 0,
  });
  appendEntries(em, concern, [entry], state);
  await sendDueAlerts(em, { concern, entries: [entry], state }, now, publicUrl);
  audit(em, { id: caller.as.personId, organisationId: caller.organisationId }, 'concern.reported', 'Concern', concernId);
  return raisedViewOf(concernId, entry.report);
}

/** SAF-3 (1): the numbers to call now, as data the app words. */
export function raisedViewOf(concernId: string, report: Pick<ConcernReport, 'acuteDanger' | 'dangerToLife'>) {
  const guidance = reporterGuidance(report);
  return {
    concernId,
    urgency: guidance.urgency,
    callNow: [...guidance.callNow],
    lines: { emergency112: EMERGENCY_LINES.emergency112.number, veiligThuis: EMERGENCY_LINES.veiligThuis.number },
    alertsSentAtOnce: guidance.alertsSentAtOnce,
  };
}

/** "I am worried about …" (SAF-1, SAF-3): a volunteer from a running match, or staff. */
export const raise = concernProcedure
  .input(raiseConcernInput)
  .output(raisedConcernView)
  .mutation(async ({ ctx, input }) => {
    const caller = insider(ctx.caller);
    const at = await subjectOfReport(ctx.em, caller, input);
    const subject = caller.kind === 'staff' ? input.subject : undefined;
    if (subject?.type === 'staffOrVolunteer') await checkSubject(ctx.em, caller.organisationId, subject.personId);
    const raised = await openConcernFor(ctx.em, caller, at, reportOf(input, at.pupil, at.match, subject), ctx.services.clock.now(), ctx.services.publicUrl);
    await flushAppend(ctx.em);
    return raised;
  });

/** SAF-2: the reporter (or the case team) adds facts or an interpretation; the original never changes. */
export const addendum = concernProcedure
  .input(addendumInput)
  .output(concernView)
  .mutation(({ ctx, input }) =>
    append(ctx, input, {
      kind: 'addendum',
      addendum: { ...(input.facts ? { facts: input.facts } : {}), ...(input.interpretation ? { interpretation: input.interpretation } : {}), ...(input.sources ? { sources: input.sources } : {}) },
    }),
  );

/** SAF-3, SAF-15: a coordinator or safeguarding lead takes the concern up; the alerts stop. */
export const acknowledge = concernProcedure
  .input(concernRef)
  .output(concernView)
  .mutation(({ ctx, input }) => append(ctx, input, { kind: 'acknowledged' }));

/**
 * The case team's records (SAF-4…9, SAF-14): each Meldcode step, the authority contact, referrals,
 * follow-ups and the closure, each checked by the domain (order, acute path, afwegingskader).
 */
export const record = concernProcedure
  .input(recordStepInput)
  .output(concernView)
  .mutation(async ({ ctx, input }) => {
    if (input.step.kind === 'assigned') {
      const ids = [...new Set(input.step.coordinatorIds)];
      const found = await ctx.em.count(StaffMember, { id: { $in: ids }, organisation: insider(ctx.caller).organisationId, active: true, role: { $in: ['coordinator', 'admin'] } });
      if (found !== ids.length) throw new AppError('NOT_FOUND', 'coordinatorIds');
    }
    return append(ctx, input, input.step);
  });

/** One concern as the caller may read it (SAF-10): the case with its chronology (SAF-13), or the reporter's own report. */
export const get = concernProcedure
  .input(z.object({ concernId: z.string().min(1).max(64) }))
  .output(concernView)
  .query(async ({ ctx, input }) => {
    const { caller, loaded } = await loadForCaller(ctx, input.concernId);
    audit(ctx.em, { id: caller.as.personId, organisationId: caller.organisationId }, 'concern.read', 'Concern', loaded.concern.id);
    await ctx.em.flush();
    return viewFor(ctx.em, caller, loaded, ctx.services.clock.now());
  });

const OPEN = { status: { $ne: 'closed' } } as const;

/** The concerns the caller may read anything of, folded: the only list any queue or count is built from (SAF-10). */
async function readableFor(em: EntityManager, caller: Insider, includeClosed: boolean) {
  const where = { organisation: caller.organisationId, ...(includeClosed ? {} : OPEN), ...(caller.kind === 'volunteer' ? { reporterId: caller.as.personId } : {}) };
  const loaded = await loadStates(em, await em.find(Concern, where, { populate: ['pupil', 'pupil.programme'], orderBy: { reportedAt: 'desc' } }));
  const viewer = viewerOf(caller);
  return {
    viewer,
    full: loaded.filter((item) => mayReadConcern(viewer, item.state).kind === 'full'),
    own: loaded.filter((item) => mayReadConcern(viewer, item.state).kind === 'ownReport'),
  };
}

/** The case team's queue, overdue first, then acute, then newest (SAF-15). */
async function queueOf(em: EntityManager, caller: Insider, full: readonly LoadedConcern[], now: Date) {
  const name = await namesFor(em, caller.organisationId, full.map((item) => item.state));
  return full
    .map((item) => queueItemOf(item, name, instantOf(now)))
    .sort((a, b) => Number(b.timers.overdue) - Number(a.timers.overdue) || Number(b.acuteDanger) - Number(a.acuteDanger) || (a.reportedAt < b.reportedAt ? 1 : -1));
}

/**
 * The queue (SAF-15): the concerns the caller is on the case of, acute and overdue first, with
 * their timers; and the reports they made themselves. Built only from what the caller may read.
 */
export const list = concernProcedure
  .input(z.object({ includeClosed: z.boolean().optional() }))
  .output(concernListView)
  .query(async ({ ctx, input }) => {
    const caller = insider(ctx.caller);
    const { viewer, full, own } = await readableFor(ctx.em, caller, input.includeClosed === true);
    return { own: own.map((item) => ownReportOf(item, viewer)), queue: await queueOf(ctx.em, caller, full, ctx.services.clock.now()) };
  });

/** SAF-15 on Vandaag: the open concerns this coordinator or lead is on the case of, with why each is there. */
export async function concernsForToday(em: EntityManager, actor: Actor, now: Date) {
  const caller = await staffCaller(em, actor);
  const { full } = await readableFor(em, caller, false);
  return (await queueOf(em, caller, full, now)).map((item) => {
    const overdue = item.timers.open.find((timer) => timer.overdue);
    const next = item.timers.open[0] ?? null;
    const reason = item.acuteDanger && !item.acknowledged
      ? { kind: 'acuteNotAcknowledged' as const, reportedAt: item.reportedAt }
      : overdue
        ? { kind: 'concernOverdue' as const, target: overdue.kind, dueAt: overdue.dueAt }
        : { kind: 'concernStepDue' as const, nextStep: item.nextStep, dueAt: next?.dueAt ?? null };
    return { concernId: item.id, pupilName: item.pupil.name, reason };
  });
}
