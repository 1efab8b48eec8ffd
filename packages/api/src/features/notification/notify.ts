/**
 * Telling people what happened, in their own language, in the one mail layout: screening complete
 * (the volunteer), a match proposed and a match starting (the volunteer and the family), a meeting
 * moved (both). Each goes out once: its `dedupeKey` names the event and the recipient, and a key
 * already in the outbox is not queued again.
 */
import { FamilyMember, OutboxMessage, StaffMember, type EntityManager, type Match, type Volunteer } from '@driehoek/db';
import type { ScheduleException } from '@driehoek/domain/schedule';
import { composeMail, mailLanguageOf, writtenDate, writtenDateTime, type Letterhead, type MailLanguage } from '../../mail/layout.js';
import { letterheadOf } from '../../mail/letterhead.js';
import { queueMail, type Mail } from '../../mail/outbox.js';
import { FAMILY_TEXTS, VOLUNTEER_TEXTS, type NotificationText, type VolunteerLanguage } from './texts.js';

const volunteerLanguageOf = (locale: string): VolunteerLanguage => (locale === 'en' ? 'en' : 'nl');

interface Recipient {
  readonly to: string;
  readonly name: string;
  readonly language: MailLanguage;
  /** Names the recipient in the dedupe key: `volunteer` or the family member's id. */
  readonly key: string;
}

async function queueOnce(em: EntityManager, letterhead: Letterhead, recipient: Recipient, text: NotificationText, dedupeKey: string): Promise<void> {
  if ((await em.count(OutboxMessage, { dedupeKey })) > 0) return;
  queueMail(em, composeMail({ letterhead, language: recipient.language, to: recipient.to, name: recipient.name, subject: text.subject, paragraphs: text.paragraphs, dedupeKey }));
}

/** The parents (or the adult mentee) with an e-mail address, each address once. */
async function familyOf(em: EntityManager, match: Match): Promise<Recipient[]> {
  const members = await em.find(FamilyMember, { pupil: match.pupil, email: { $ne: null } }, { orderBy: { createdAt: 'asc' } });
  const told = members.filter((member) => member.hasParentalAuthority || member.isMentee);
  return told
    .filter((member, index) => told.findIndex((other) => other.email === member.email) === index)
    .map((member) => ({ to: member.email!, name: member.firstName, language: mailLanguageOf(member.preferredLanguage), key: member.id }));
}

const volunteerOf = (volunteer: Volunteer): Recipient & { language: VolunteerLanguage } => ({
  to: volunteer.email,
  name: volunteer.firstName,
  language: volunteerLanguageOf(volunteer.locale),
  key: 'volunteer',
});

async function loaded(em: EntityManager, match: Match) {
  await em.populate(match, ['volunteer', 'pupil', 'programme']);
  return { letterhead: await letterheadOf(em, match.organisation.id), volunteer: volunteerOf(match.volunteer), family: await familyOf(em, match) };
}

/** The volunteer's screening became complete today: they are ready to match. */
export async function notifyScreeningComplete(em: EntityManager, volunteer: Volunteer, day: string): Promise<void> {
  await em.populate(volunteer, ['programme']);
  const recipient = volunteerOf(volunteer);
  const text = VOLUNTEER_TEXTS[recipient.language].screeningComplete({ programme: volunteer.programme.name, on: writtenDate(day, recipient.language) });
  await queueOnce(em, await letterheadOf(em, volunteer.organisation.id), recipient, text, `screening-complete:${volunteer.id}:${day}`);
}

/** A match proposed or started on a day: the volunteer and the family, each once. */
async function tellOfMatch(em: EntityManager, match: Match, kind: 'matchProposed' | 'matchStarts', on: string): Promise<void> {
  const { letterhead, volunteer, family } = await loaded(em, match);
  const pupil = match.pupil.firstName;
  const key = `${kind === 'matchProposed' ? 'match-proposed' : 'match-starts'}:${match.id}`;
  await queueOnce(em, letterhead, volunteer, VOLUNTEER_TEXTS[volunteer.language][kind]({ pupil, on: writtenDate(on, volunteer.language) }), `${key}:volunteer`);
  for (const member of family) {
    const text = FAMILY_TEXTS[member.language][kind]({ child: pupil, volunteer: match.volunteer.firstName, on: writtenDate(on, member.language) });
    await queueOnce(em, letterhead, member, text, `${key}:${member.key}`);
  }
}

/** A match was proposed today. */
export async function notifyMatchProposed(em: EntityManager, match: Match, day: string): Promise<void> {
  await tellOfMatch(em, match, 'matchProposed', day);
}

/** The match started (its `startedOn`). */
export async function notifyMatchStarts(em: EntityManager, match: Match): Promise<void> {
  if (match.startedOn) await tellOfMatch(em, match, 'matchStarts', match.startedOn);
}

/** A meeting of a running match moved to another day or time. Other exceptions tell nobody here. */
export async function notifyMeetingMoved(em: EntityManager, match: Match, exception: ScheduleException): Promise<void> {
  if (exception.kind !== 'moved') return;
  const { letterhead, volunteer, family } = await loaded(em, match);
  const key = `meeting-moved:${match.id}:${exception.date}:${exception.to.date}T${exception.to.time}`;
  const when = (language: MailLanguage) => ({ from: writtenDateTime(exception.date, exception.time, language), to: writtenDateTime(exception.to.date, exception.to.time, language) });
  await queueOnce(em, letterhead, volunteer, VOLUNTEER_TEXTS[volunteer.language].meetingMoved({ pupil: match.pupil.firstName, ...when(volunteer.language) }), `${key}:volunteer`);
  for (const member of family) {
    await queueOnce(em, letterhead, member, FAMILY_TEXTS[member.language].meetingMoved({ volunteer: match.volunteer.firstName, ...when(member.language) }), `${key}:${member.key}`);
  }
}

/**
 * The family cannot make it to a meeting ("we can't make it" in the portal): the volunteer in their
 * language and the coordinators (in Dutch), with the day written out and the family's message.
 */
export async function notifyFamilyCantMakeIt(em: EntityManager, match: Match, date: string, message: string | null): Promise<void> {
  const { letterhead, volunteer } = await loaded(em, match);
  const pupil = match.pupil.firstName;
  const key = `cant-make-it:${match.id}:${date}`;
  await queueOnce(em, letterhead, volunteer, VOLUNTEER_TEXTS[volunteer.language].familyCantMakeIt({ pupil, on: writtenDate(date, volunteer.language), message }), `${key}:volunteer`);
  const coordinators = await em.find(StaffMember, { organisation: match.organisation, role: { $in: ['coordinator', 'admin'] }, active: true });
  const text = VOLUNTEER_TEXTS.nl.familyCantMakeIt({ pupil, on: writtenDate(date, 'nl'), message });
  for (const coordinator of coordinators) {
    await queueOnce(em, letterhead, { to: coordinator.email, name: coordinator.name.split(' ')[0] ?? coordinator.name, language: 'nl', key: coordinator.id }, text, `${key}:${coordinator.id}`);
  }
}

/** The reminder to write the log of a meeting (the reminder job queues it once, by its key), in the volunteer's language. */
export function logReminderMail(letterhead: Letterhead, match: Match, date: string): Mail & { dedupeKey: string } {
  const volunteer = volunteerOf(match.volunteer);
  const text = VOLUNTEER_TEXTS[volunteer.language].logReminder({ pupil: match.pupil.firstName, on: writtenDate(date, volunteer.language) });
  const dedupeKey = `log-reminder:${match.id}:${date}`;
  return { ...composeMail({ letterhead, language: volunteer.language, to: volunteer.to, name: volunteer.name, subject: text.subject, paragraphs: text.paragraphs }), dedupeKey };
}
