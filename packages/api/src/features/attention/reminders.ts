import { Match, OPEN_MATCH, MeetingLog, OutboxMessage, StaffMember, UniqueConstraintViolationException, newId, type Clock, type Orm } from '@driehoek/db';
import { addDays } from '@driehoek/domain/calendar';
import { logReminders } from '@driehoek/domain/meeting-log';
import { occurrences } from '@driehoek/domain/schedule';
import { scheduleOf } from '../match/index.js';
import { attentionListOf } from './attention-list.js';
import { today as todayOf } from '../../clock/index.js';
import { outboxColumns, type Mail } from '../../mail/outbox.js';
import { letterheadOf } from '../../mail/letterhead.js';
import type { Letterhead } from '../../mail/layout.js';
import { logReminderMail } from '../notification/index.js';

/**
 * Puts the reminders that are due today in the outbox, each once: a gentle reminder to the
 * volunteer for every planned meeting without a log, and a morning note to each coordinator when
 * check-ins are due or overdue. Runs at start and every few minutes; because every reminder has a
 * key, running it again (or on two instances) adds nothing, and reminders that fell due while the
 * server was down go out when it is back. Returns how many were added.
 */
export async function queueDueReminders(orm: Orm, clock: Clock): Promise<number> {
  const today = todayOf(clock);
  const em = orm.em.fork();
  const fresh: (Mail & { dedupeKey: string })[] = [];
  const letterheads = new Map<string, Promise<Letterhead>>();
  const letterheadFor = (organisationId: string) => {
    if (!letterheads.has(organisationId)) letterheads.set(organisationId, letterheadOf(em, organisationId));
    return letterheads.get(organisationId)!;
  };

  const matches = await em.find(Match, { startedOn: { $ne: null }, ...OPEN_MATCH }, { populate: ['programme', 'pupil', 'volunteer'] });
  const logs = await em.find(MeetingLog, { match: { $in: matches }, date: { $gte: addDays(today, -35) } }, { fields: ['match', 'date', 'plannedFor'] });
  for (const match of matches) {
    const schedule = await scheduleOf(em, match);
    if (!schedule) continue;
    const planned = occurrences(schedule, addDays(today, -28), today).map((m) => ({ matchId: match.id, date: m.date, time: m.time }));
    const logged = logs.filter((log) => log.match.id === match.id).map((log) => ({ matchId: match.id, date: log.date, ...(log.plannedFor ? { plannedFor: log.plannedFor } : {}) }));
    for (const reminder of logReminders(planned, logged, today)) {
      fresh.push(logReminderMail(await letterheadFor(match.organisation.id), match, reminder.date));
    }
  }

  const organisations = [...new Set(matches.map((match) => match.organisation.id))];
  for (const organisationId of organisations) {
    const attention = await attentionListOf(em, organisationId, undefined, today);
    const checkIns = attention.items.filter((item) => item.reason.kind === 'checkInOverdue' || item.reason.kind === 'checkInDue' || item.reason.kind === 'volunteerWantsToTalk');
    if (checkIns.length === 0) continue;
    const coordinators = await em.find(StaffMember, { organisation: organisationId, role: { $in: ['coordinator', 'admin'] }, active: true });
    for (const coordinator of coordinators) {
      fresh.push({
        organisationId,
        to: coordinator.email,
        subject: `Vandaag: ${checkIns.length} koppeling(en) vragen een contactmoment`,
        text: [`Goedemorgen ${coordinator.name},`, '', `${checkIns.length} koppeling(en) vragen vandaag een contactmoment. Kijk op Vandaag in Driehoek.`].join('\n'),
        dedupeKey: `check-in-digest:${coordinator.id}:${today}`,
      });
    }
  }

  const queued = new Set(
    (await em.find(OutboxMessage, { dedupeKey: { $in: fresh.map((mail) => mail.dedupeKey) } }, { fields: ['dedupeKey'] })).map((m) => m.dedupeKey),
  );
  let added = 0;
  for (const mail of fresh.filter((candidate) => !queued.has(candidate.dedupeKey))) {
    try {
      await orm.em.fork().insert(OutboxMessage, { id: newId(), ...outboxColumns({ ...mail, priority: 'bulk' }), createdAt: clock.now(), attempts: 0 });
      added += 1;
    } catch (error) {
      // Another instance queued this reminder a moment ago: the key is unique, one is enough.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }
  return added;
}
