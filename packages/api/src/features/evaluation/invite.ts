import { EvaluationInvitation, Match, UniqueConstraintViolationException, type Clock, type EntityManager, type Orm } from '@driehoek/db';
import { addDays } from '@driehoek/domain/calendar';
import { EVALUATION_LANGUAGES, questionnairesDue, type EvaluationLanguage, type QuestionnaireInvitation } from '@driehoek/domain/evaluation';
import { today as todayOf } from '../../clock/index.js';
import { queueMail } from '../../mail/outbox.js';
import { composeMail, writtenDate, type Letterhead } from '../../mail/layout.js';
import { letterheadOf } from '../../mail/letterhead.js';
import { definitionsOf, titleOf } from './definitions.js';
import { evaluationFactsOf, type Person } from './facts.js';
import { linkSecretHashOf, linkSecretOf } from './keys.js';
import { INVITATION_WORDS } from './mail-text.js';

export interface EvaluationDelivery {
  readonly evaluationKeySecret: string;
  readonly publicUrl: string;
}

export const languageOf = (language: string): EvaluationLanguage =>
  (EVALUATION_LANGUAGES as readonly string[]).includes(language) ? (language as EvaluationLanguage) : 'nl';

/** The personal link of an invitation: the secret in the fragment, never sent to the server. */
export const questionnaireLinkOf = (delivery: EvaluationDelivery, invitationId: string) => `${delivery.publicUrl}/portal/questionnaire#${linkSecretOf(delivery.evaluationKeySecret, invitationId)}`;

/** The invitation (or its reminder) in the one layout, with the last day to answer written out. */
function mail(em: EntityManager, delivery: EvaluationDelivery, letterhead: Letterhead, invitation: EvaluationInvitation, person: Person, title: string, reminder: boolean) {
  if (!person.email) return;
  const language = languageOf(invitation.language);
  const words = INVITATION_WORDS[language];
  const secret = linkSecretOf(delivery.evaluationKeySecret, invitation.id);
  queueMail(
    em,
    composeMail({
      letterhead,
      language,
      to: person.email,
      name: person.firstName,
      subject: reminder ? words.reminderSubject : words.subject,
      paragraphs: words.paragraphs(title, questionnaireLinkOf(delivery, invitation.id), writtenDate(addDays(invitation.expiresOn, -1), language)),
      dedupeKey: `${reminder ? 'evaluation-reminder' : 'evaluation'}:${invitation.id}`,
      priority: 'bulk',
      secrets: [secret],
    }),
  );
}

/**
 * One match's questionnaires today (DOMAIN.md §7): the domain plans them from the match's dates and
 * the programme's uses (`questionnairesDue`: mid-term at the middle, final at the planned end or at
 * closure) and gates them on EVALUATION consent (EVA-1). Each new invitation is stored once (its key
 * is unique) and mailed once with its personal link; the reminder goes once, on its day. Nothing is
 * stored or sent for whoever may not be asked. Saved with the caller's flush; returns the mails queued.
 */
export async function queueEvaluationsForMatch(em: EntityManager, delivery: EvaluationDelivery, match: Match, at: { readonly today: string; readonly now: Date }): Promise<number> {
  const { today, now } = at;
  const facts = await evaluationFactsOf(em, match);
  if (!facts || match.programme.settings.questionnaires.length === 0) return 0;
  const definitions = await definitionsOf(em, match.programme.id);
  const stored = await em.find(EvaluationInvitation, { match });
  const answered = new Set(stored.filter((row) => row.answeredOn !== null).map((row) => row.invitationKey));
  const due = questionnairesDue(facts.match, match.programme.settings, definitions, facts.consent, answered, today);
  const byKey = new Map(stored.map((row) => [row.invitationKey, row]));
  let queued = 0;
  const letterhead = due.invite.length + due.remind.length > 0 ? await letterheadOf(em, match.organisation.id) : null;
  const stamp = (invitation: QuestionnaireInvitation): EvaluationInvitation | null => {
    const person = facts.people.get(invitation.personId);
    if (!person) return null;
    let row = byKey.get(invitation.key);
    if (!row) {
      row = em.create(EvaluationInvitation, {
        organisation: match.organisation,
        programme: match.programme,
        match,
        invitationKey: invitation.key,
        personKind: person.kind,
        personId: person.personId,
        role: invitation.role,
        respondent: invitation.respondent,
        questionnaireId: invitation.questionnaireId,
        version: invitation.version,
        moment: invitation.moment,
        language: languageOf(person.language),
        sendOn: invitation.sendOn,
        remindOn: invitation.remindOn,
        expiresOn: invitation.expiresOn,
        linkSecretHash: '',
      });
      row.linkSecretHash = linkSecretHashOf(delivery.evaluationKeySecret, row.id);
      byKey.set(invitation.key, row);
    }
    return row;
  };
  const title = (row: EvaluationInvitation) => titleOf(definitions.find((d) => d.id === row.questionnaireId && d.version === row.version), languageOf(row.language));
  for (const invitation of due.invite) {
    const row = stamp(invitation);
    if (!row || row.sentAt) continue;
    const person = facts.people.get(row.personId)!;
    mail(em, delivery, letterhead!, row, person, title(row), false);
    row.sentAt = now;
    queued += person.email ? 1 : 0;
  }
  for (const invitation of due.remind) {
    const row = byKey.get(invitation.key);
    if (!row || row.remindedAt || !row.sentAt) continue;
    const person = facts.people.get(row.personId)!;
    mail(em, delivery, letterhead!, row, person, title(row), true);
    row.remindedAt = now;
    queued += person.email ? 1 : 0;
  }
  return queued;
}

/**
 * The evaluation job, run by the server with the reminders: every started match that is open or
 * closed in the last months gets its invitations and reminders of today. Idempotent: keys and
 * dedupe keys make a second run (or a second instance) add nothing. Returns the mails queued.
 */
export async function queueEvaluationInvitations(orm: Orm, clock: Clock, delivery: EvaluationDelivery): Promise<number> {
  const today = todayOf(clock);
  const ids = (await orm.em.fork().find(Match, { startedOn: { $ne: null }, declinedOn: null, $or: [{ endedOn: null }, { endedOn: { $gte: addDays(today, -120) } }] }, { fields: ['id'] })).map((m) => m.id);
  let queued = 0;
  for (const id of ids) {
    const em = orm.em.fork();
    const match = await em.findOneOrFail(Match, { id }, { populate: ['programme', 'organisation'] });
    try {
      const added = await queueEvaluationsForMatch(em, delivery, match, { today, now: clock.now() });
      await em.flush();
      queued += added;
    } catch (error) {
      // Another instance stored the same invitation or mail a moment ago: one is enough.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }
  return queued;
}
