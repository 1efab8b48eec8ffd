/**
 * Suspending and resuming a match, and stopping a volunteer's matches (CON-4, SAF-11, SCR-4,
 * SCR-8, the coordinator's decision). The domain decides (`suspendMatch`, `resumeMatch`,
 * `volunteerStopPlan`, `suspensionNotices`); here the record is stored, audited and the people
 * told. The future meetings need no separate cancelling: the schedule reads the suspensions, so the
 * portal, the calendar feeds, the reminders and *Vandaag* all see a match without meetings.
 * Saved with the caller's flush, in the transaction of the change that causes it.
 */
import { FamilyMember, Match, OPEN_MATCH, type EntityManager } from '@driehoek/db';
import type { IsoDate } from '@driehoek/domain/calendar';
import {
  currentSuspension,
  declineMatch,
  resumeMatch as resumeRecord,
  suspendMatch as suspendRecord,
  suspensionNotices,
  volunteerStopPlan,
  type MatchRecord,
  type SuspensionReason,
} from '@driehoek/domain/match';
import { AppError } from '../../errors/index.js';
import { audit, type AuditActor } from '../../audit/index.js';
import { queueMail } from '../../mail/outbox.js';
import { composeMail, mailLanguageOf, writtenDate, type Letterhead, type MailLanguage } from '../../mail/layout.js';
import { letterheadOf } from '../../mail/letterhead.js';
import { matchColumnsOf, matchRecordOf } from './match-record.js';
import { matchStartFactsOf } from './start-facts.js';
import { suspensionMail, type SuspensionMailKind } from './suspension-mail.js';

/** Who suspends (a coordinator, a parent withdrawing in the portal, the screening job) and on which day. */
export interface SuspensionContext {
  readonly actor: AuditActor;
  readonly today: IsoDate;
}

/** Why: the reason, the coordinator's note (required for their own decision), the concern for `concern`. */
export interface SuspensionCause {
  readonly reason: SuspensionReason;
  readonly note?: string;
  readonly concernId?: string;
}

const POPULATE = ['programme', 'pupil', 'volunteer'] as const;

async function matchOf(em: EntityManager, organisationId: string, match: Match | string): Promise<Match> {
  const id = typeof match === 'string' ? match : match.id;
  const found = await em.findOne(Match, { id, organisation: organisationId }, { populate: POPULATE });
  if (!found) throw new AppError('NOT_FOUND', 'matchId');
  return found;
}

/** The family members who hear of their child's match: parents, guardians and an adult mentee, with an address. */
async function familyOf(em: EntityManager, match: Match): Promise<FamilyMember[]> {
  const members = await em.find(FamilyMember, { pupil: match.pupil, email: { $ne: null } });
  const told = members.filter((member) => member.role === 'parent' || member.role === 'guardian' || member.isMentee);
  return told.filter((member, index) => told.findIndex((other) => other.email === member.email) === index);
}

/** One suspension or resumption e-mail in the one layout: greeting, the text, the organisation's signature. */
function queueSuspensionMail(
  em: EntityManager,
  letterhead: Letterhead,
  to: { email: string; firstName: string; language: MailLanguage },
  mail: { subject: string; text: string },
  dedupeKey: string,
): void {
  queueMail(em, composeMail({ letterhead, language: to.language, to: to.email, name: to.firstName, subject: mail.subject, paragraphs: [mail.text], dedupeKey }));
}

const volunteerOf = (match: Match) => ({ email: match.volunteer.email, firstName: match.volunteer.firstName, language: mailLanguageOf(match.volunteer.locale) });
const memberOf = (member: FamilyMember) => ({ email: member.email!, firstName: member.firstName, language: mailLanguageOf(member.preferredLanguage) });

const mailKindOf = (reason: SuspensionReason, reveal: 'reason' | 'pauseOnly'): SuspensionMailKind =>
  reveal === 'reason' && (reason === 'consentWithdrawn' || reason === 'screeningExpired' || reason === 'screeningRevoked') ? reason : 'pauseOnly';

/**
 * Tells the volunteer and the family, each in their language, what the suspension means, as
 * `suspensionNotices` says: by e-mail where it says `message` (never why for a concern: in person,
 * SAF-10), nothing where it says `inPerson` or `no`. The coordinators hear of it on *Vandaag*.
 */
async function tellOfSuspension(em: EntityManager, match: Match, reason: SuspensionReason, since: IsoDate): Promise<void> {
  const notices = suspensionNotices(reason).filter((notice) => notice.tell === 'message');
  if (notices.length === 0) return;
  const letterhead = await letterheadOf(em, match.organisation.id);
  for (const notice of notices) {
    const kind = mailKindOf(reason, notice.reveal);
    if (notice.audience === 'volunteer') {
      const to = volunteerOf(match);
      queueSuspensionMail(em, letterhead, to, suspensionMail(to.language, kind, { otherName: match.pupil.firstName }), `suspended:${match.id}:${since}:${reason}:volunteer`);
    }
    if (notice.audience === 'family') {
      for (const member of await familyOf(em, match)) {
        const to = memberOf(member);
        queueSuspensionMail(em, letterhead, to, suspensionMail(to.language, kind, { otherName: match.volunteer.firstName }), `suspended:${match.id}:${since}:${reason}:${member.id}`);
      }
    }
  }
}

const groundsOf = (record: MatchRecord) => JSON.stringify(record.suspensions ?? []);

/**
 * Suspends a running (or already suspended) match of the actor's organisation at once, from today:
 * its meetings from today on are cancelled everywhere, *Vandaag* shows it, and the volunteer and the
 * family are told per `suspensionNotices`. Another organisation's match is NOT_FOUND; a match that
 * has not started or is closed is `MATCH.WRONG_STAGE`. The same ground twice changes nothing and
 * tells nobody again. The concerns feature calls this with `{ reason: 'concern', concernId }`.
 */
export async function suspendMatch(em: EntityManager, ctx: SuspensionContext, matchId: Match | string, cause: SuspensionCause): Promise<Match> {
  const match = await matchOf(em, ctx.actor.organisationId, matchId);
  const before = matchRecordOf(match);
  const result = suspendRecord(
    before,
    { reason: cause.reason, on: ctx.today, by: ctx.actor.id, ...(cause.note ? { note: cause.note } : {}), ...(cause.concernId ? { concernId: cause.concernId } : {}) },
    ctx.today,
  );
  if (!result.ok) throw new AppError(result.code, result.field);
  if (groundsOf(result.value) === groundsOf(before)) return match;
  em.assign(match, matchColumnsOf(result.value));
  audit(em, ctx.actor, 'match.suspended', 'Match', match.id);
  await tellOfSuspension(em, match, cause.reason, currentSuspension(result.value)?.since ?? ctx.today);
  return match;
}

/**
 * Resumes a suspended match from today, when CON-1 holds again (`resumeMatch`; never after SCR-8):
 * the schedule has its meetings again from today, and the volunteer and the family hear that they
 * start again.
 */
export async function resumeMatch(em: EntityManager, ctx: SuspensionContext, matchId: string, note?: string): Promise<Match> {
  const match = await matchOf(em, ctx.actor.organisationId, matchId);
  const result = resumeRecord(matchRecordOf(match), { on: ctx.today, by: ctx.actor.id, ...(note ? { note } : {}) }, await matchStartFactsOf(em, match, ctx.today), ctx.today);
  if (!result.ok) throw new AppError(result.code, result.field);
  em.assign(match, matchColumnsOf(result.value));
  audit(em, ctx.actor, 'match.resumed', 'Match', match.id);
  const letterhead = await letterheadOf(em, match.organisation.id);
  const volunteer = volunteerOf(match);
  const resumed = (language: MailLanguage, otherName: string) => suspensionMail(language, 'resumed', { otherName, from: writtenDate(ctx.today, language) });
  queueSuspensionMail(em, letterhead, volunteer, resumed(volunteer.language, match.pupil.firstName), `resumed:${match.id}:${ctx.today}:volunteer`);
  for (const member of await familyOf(em, match)) {
    const to = memberOf(member);
    queueSuspensionMail(em, letterhead, to, resumed(to.language, match.volunteer.firstName), `resumed:${match.id}:${ctx.today}:${member.id}`);
  }
  return match;
}

/** The open match of a pupil that has started (running or suspended), if any: the one a withdrawal reaches (CON-4). */
export async function startedMatchOfPupil(em: EntityManager, pupilId: string): Promise<Match | null> {
  return em.findOne(Match, { pupil: pupilId, startedOn: { $ne: null }, ...OPEN_MATCH }, { populate: POPULATE });
}

/**
 * Stops a volunteer's matches (SCR-4 expiry, SCR-8 revocation, SAF-11, the coordinator pausing the
 * volunteer): every open match that started is suspended with `cause`; on SCR-8 every match not yet
 * started is declined (`volunteerStopPlan`). Returns the ids suspended.
 */
export async function stopVolunteerMatches(em: EntityManager, ctx: SuspensionContext, volunteerId: string, cause: SuspensionCause): Promise<readonly string[]> {
  const matches = await em.find(Match, { volunteer: volunteerId, organisation: ctx.actor.organisationId, ...OPEN_MATCH }, { populate: POPULATE });
  const plan = volunteerStopPlan(matches.map(matchRecordOf), volunteerId, cause.reason);
  const changed: string[] = [];
  for (const id of plan.suspend) {
    const before = JSON.stringify(matches.find((candidate) => candidate.id === id)?.suspensions ?? null);
    const after = await suspendMatch(em, ctx, id, cause);
    if (JSON.stringify(after.suspensions ?? null) !== before) changed.push(id);
  }
  for (const id of plan.decline) {
    const match = matches.find((candidate) => candidate.id === id)!;
    const result = declineMatch(matchRecordOf(match), { by: 'coordinator', reason: cause.reason, on: ctx.today }, ctx.today);
    if (!result.ok) throw new AppError(result.code, result.field);
    em.assign(match, matchColumnsOf(result.value.match));
    audit(em, ctx.actor, 'match.declined', 'Match', match.id);
    changed.push(id);
  }
  return changed;
}
