import { createEvents, type DateArray } from 'ics';
import { CalendarFeed, FamilyMember, Match, OPEN_MATCH, type EntityManager } from '@driehoek/db';
import { addDays } from '@driehoek/domain/calendar';
import { icsEvents } from '@driehoek/domain/schedule';
import { newSecret, secretHash } from '../../auth/tokens.js';
import { scheduleOf } from '../match/index.js';

export type FeedSubject = { kind: 'family' | 'volunteer'; id: string; organisationId: string };

/** A new secret feed link for a person; any earlier link of theirs stops working. */
export async function renewCalendarFeed(em: EntityManager, subject: FeedSubject, publicUrl: string, now: Date): Promise<string> {
  await em.nativeUpdate(CalendarFeed, { subjectKind: subject.kind, subjectId: subject.id, revokedAt: null }, { revokedAt: now });
  const token = newSecret();
  em.create(CalendarFeed, { tokenHash: secretHash(token), organisation: subject.organisationId, subjectKind: subject.kind, subjectId: subject.id });
  await em.flush();
  return `${publicUrl.replace(/\/$/, '')}/calendar/${token}.ics`;
}

export async function revokeCalendarFeeds(em: EntityManager, subject: Omit<FeedSubject, 'organisationId'>, now: Date): Promise<void> {
  await em.nativeUpdate(CalendarFeed, { subjectKind: subject.kind, subjectId: subject.id, revokedAt: null }, { revokedAt: now });
}

const toArray = (instant: string): DateArray => {
  const date = new Date(instant);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
};

/**
 * The iCalendar file behind a feed link: the person's running matches, four weeks back and six
 * months ahead, in UTC so every calendar shows the right local time across daylight saving.
 * First names only: the feed sits in someone's phone. Null for an unknown or revoked link.
 */
export async function calendarFile(em: EntityManager, token: string, today: string): Promise<string | null> {
  const feed = await em.findOne(CalendarFeed, { tokenHash: secretHash(token), revokedAt: null });
  if (!feed) return null;
  const running = { startedOn: { $ne: null }, ...OPEN_MATCH } as const;
  let matches: Match[];
  if (feed.subjectKind === 'volunteer') {
    matches = await em.find(Match, { volunteer: feed.subjectId, ...running }, { populate: ['programme', 'pupil', 'volunteer'] });
  } else {
    const member = await em.findOne(FamilyMember, { id: feed.subjectId });
    const pupils = member?.email ? (await em.find(FamilyMember, { organisation: feed.organisation, email: member.email })).map((m) => m.pupil.id) : [];
    matches = await em.find(Match, { pupil: { $in: pupils }, ...running }, { populate: ['programme', 'pupil', 'volunteer'] });
  }
  const schedules = await Promise.all(matches.map((match) => scheduleOf(em, match)));
  const events = matches.flatMap((match, index) => {
    const schedule = schedules[index];
    if (!schedule) return [];
    const summary = feed.subjectKind === 'volunteer' ? `${match.programme.name}: ${match.pupil.firstName}` : `${match.programme.name}: ${match.volunteer.firstName}`;
    return icsEvents(schedule, addDays(today, -28), addDays(today, 183), { summary, uidDomain: 'driehoek' }).map((event) => ({
      uid: event.uid,
      sequence: event.sequence,
      status: event.status,
      start: toArray(event.startsAt),
      startInputType: 'utc' as const,
      startOutputType: 'utc' as const,
      end: toArray(event.endsAt),
      endInputType: 'utc' as const,
      endOutputType: 'utc' as const,
      title: event.summary,
      ...(event.location ? { location: event.location } : {}),
      productId: 'driehoek',
      calName: 'Driehoek',
    }));
  });
  if (events.length === 0) return createEvents([], { productId: 'driehoek', calName: 'Driehoek' }).value ?? '';
  const { error, value } = createEvents(events);
  if (error) throw error;
  return value ?? '';
}

