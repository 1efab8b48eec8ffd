import { Concern, OutboxMessage, StaffMember, type Clock, type EntityManager, type Orm } from '@driehoek/db';
import { alertChain, alertDecision, appendConcernEntry, safeguardingSettingsOf, type ConcernEntry, type ConcernState } from '@driehoek/domain/safeguarding';
import { queueMail } from '../../mail/outbox.js';
import { safeguardingRolesOf } from './roles.js';
import { appendEntries, findConcern, instantOf, type LoadedConcern } from './store.js';

const SYSTEM = { personId: 'system', role: 'system' } as const;

/**
 * The coordinators first in line for a concern (SAF-3): a coordinator who raised it themselves and
 * the coordinator who made the match; when there is neither, every coordinator of the
 * organisation. The deputies and leads follow them (`alertChain`); other coordinators are not
 * told, so the concern stays within the case team (SAF-10).
 */
async function lineOfCoordinators(em: EntityManager, loaded: LoadedConcern): Promise<string[]> {
  const { concern, state } = loaded;
  const coordinators = await em.find(StaffMember, { organisation: concern.organisation, active: true, role: { $in: ['coordinator', 'admin'] } }, { orderBy: { createdAt: 'asc' } });
  const ids = coordinators.map((member) => member.id);
  const first = [state.reporter.role !== 'volunteer' ? state.reporter.personId : null, concern.match?.proposedById ?? null].filter((id): id is string => id !== null && ids.includes(id));
  if (first.length > 0) return [...new Set(first)];
  return coordinators.filter((member) => member.role === 'coordinator').map((member) => member.id);
}

function alertMail(concern: Concern, to: string, acute: boolean, publicUrl: string, escalated: boolean) {
  const link = `${publicUrl.replace(/\/$/, '')}/coordinator/concerns/${concern.id}`;
  // No names or facts in an e-mail: the case is read in the app, by the case team only (SAF-10).
  const subject = acute ? 'DRINGEND: zorgmelding over acuut gevaar — nu oppakken' : 'Nieuwe zorgmelding';
  const lines = acute
    ? [
        escalated ? 'Niemand heeft de melding op tijd opgepakt; je bent de volgende in de rij.' : 'Er is een zorgmelding gedaan over acuut gevaar voor een kind.',
        'Open de melding en bevestig dat je hem oppakt. Neem contact op met Veilig Thuis (0800-2000) of bij levensgevaar 112.',
      ]
    : ['Er is een zorgmelding gedaan. Bevestig binnen de termijn dat je hem oppakt.'];
  return { organisationId: concern.organisation.id, to, subject, text: [...lines, '', link].join('\n'), priority: acute ? ('urgent' as const) : ('normal' as const) };
}

/**
 * SAF-3: sends the alerts a concern needs now, each through the outbox (at the highest priority in
 * acute danger) and recorded as an `alertSent` entry. When everybody in line was alerted and nobody
 * acknowledged, the organisation's admins are told once. Returns the entries appended (saved with
 * the caller's flush) and the state after them.
 */
export async function sendDueAlerts(em: EntityManager, loaded: LoadedConcern, now: Date, publicUrl: string): Promise<{ entries: ConcernEntry[]; state: ConcernState }> {
  const { concern } = loaded;
  const settings = safeguardingSettingsOf(concern.pupil.programme.settings);
  const roles = await safeguardingRolesOf(em, concern.organisation.id);
  const chain = alertChain(loaded.state, roles, await lineOfCoordinators(em, loaded));
  const at = instantOf(now);
  const decision = alertDecision(loaded.state, chain, settings, at);
  let state = loaded.state;
  const entries: ConcernEntry[] = [...loaded.entries];
  const added: ConcernEntry[] = [];
  if (decision.kind === 'alert') {
    const recipients = await em.find(StaffMember, { id: { $in: [...decision.recipients] } });
    for (const recipientId of decision.recipients) {
      const recipient = recipients.find((member) => member.id === recipientId);
      const appended = appendConcernEntry(entries, { body: { kind: 'alertSent', recipientId }, by: SYSTEM, at }, settings);
      if (!appended.ok || !recipient) continue;
      queueMail(em, alertMail(concern, recipient.email, state.acuteDanger, publicUrl, decision.because === 'notAcknowledged'));
      entries.push(appended.value.entry);
      added.push(appended.value.entry);
      state = appended.value.state;
    }
  } else if (decision.kind === 'exhausted' && state.acuteDanger) {
    const dedupeKey = `concern-unanswered:${concern.id}`;
    if ((await em.count(OutboxMessage, { dedupeKey })) === 0) {
      const admins = await em.find(StaffMember, { organisation: concern.organisation, role: 'admin', active: true });
      admins.forEach((admin, i) => queueMail(em, { ...alertMail(concern, admin.email, true, publicUrl, true), ...(i === 0 ? { dedupeKey } : {}) }));
    }
  }
  if (added.length > 0) appendEntries(em, concern, added, state);
  return { entries: added, state };
}

/**
 * SAF-3 (3): the escalation job. For every acute concern nobody acknowledged, alerts the next
 * person in line once `acuteAcknowledgeMinutes` passed since the last alert. Runs every minute on
 * the server's clock; running it twice at once can send an alert twice, never lose one (the
 * entry's version is unique, so the second run's entries are refused). Returns the alerts sent.
 */
export async function escalateConcernAlerts(orm: Orm, clock: Clock, publicUrl: string): Promise<number> {
  const open = await orm.em.fork().find(Concern, { acute: true, acknowledged: false, status: { $ne: 'closed' } }, { fields: ['id', 'organisation'] });
  let sent = 0;
  for (const { id, organisation } of open) {
    const em = orm.em.fork();
    const loaded = await findConcern(em, organisation.id, id);
    if (!loaded) continue;
    const { entries } = await sendDueAlerts(em, loaded, clock.now(), publicUrl);
    try {
      await em.flush();
      sent += entries.length;
    } catch {
      // Another run appended first; the next run looks again.
    }
  }
  return sent;
}
