import { randomUUID } from 'node:crypto';
import { AuditEntry, JobLease, OutboxMessage, PasswordToken, PortalLoginCode, RetentionPolicy, RetentionRun, Session, SubjectRequestEntry, type EntityManager, type Orm } from '@driehoek/db';
import { retentionDecision, retentionSettingsFor, type RetentionRecord, type RetentionSettings } from '@driehoek/domain/privacy';
import type { Clock } from '../../clock/index.js';
import { today } from '../../clock/index.js';
import { anonymiseEvaluationAnswers } from './evaluation-retention.js';
import { retirePupilFiles } from './pupil-retention.js';
import { retireAllowancePayments, retireVolunteerApplicants, retireVolunteers, type SettingsOf } from './volunteer-retention.js';

const LEASE = 'retention';
const LEASE_MS = 30 * 60_000;

/** Takes the job's lease for this instance, or returns false while another instance holds it. */
async function takeLease(em: EntityManager, holder: string, now: Date): Promise<boolean> {
  const until = new Date(now.getTime() + LEASE_MS);
  const taken = await em.nativeUpdate(JobLease, { name: LEASE, until: { $lt: now } }, { holder, until });
  if (taken > 0) return true;
  if (await em.findOne(JobLease, { name: LEASE })) return false;
  try {
    await em.insert(JobLease, { name: LEASE, holder, until });
    return true;
  } catch {
    return false; // another instance inserted it first
  }
}

/**
 * The settings per organisation and programme: the domain's defaults, the organisation's changes
 * (its RetentionPolicy without programme), then a programme's own (its RetentionPolicy with the
 * programme) for the records of that programme.
 */
async function retentionSettingsOf(em: EntityManager): Promise<SettingsOf> {
  const policies = await em.find(RetentionPolicy, {});
  const ofOrganisation = new Map(policies.filter((policy) => !policy.programme).map((policy) => [policy.organisation.id, policy.changes]));
  const ofProgramme = new Map(policies.filter((policy) => policy.programme).map((policy) => [`${policy.organisation.id}/${policy.programme!.id}`, policy.changes]));
  const cache = new Map<string, RetentionSettings>();
  return (organisationId, programmeId) => {
    const key = `${organisationId}/${programmeId ?? ''}`;
    let settings = cache.get(key);
    if (!settings) {
      settings = retentionSettingsFor(ofOrganisation.get(organisationId), programmeId ? ofProgramme.get(key) : undefined);
      cache.set(key, settings);
    }
    return settings;
  };
}

/** Deletes the rows whose retention decision is `delete` today, in chunks; returns how many. */
async function deleteDue<T extends { id: string }>(rows: readonly T[], decide: (row: T) => RetentionRecord, settingsOf: (row: T) => RetentionSettings, day: string, remove: (ids: string[]) => Promise<number>): Promise<number> {
  const due = rows.filter((row) => retentionDecision(decide(row), settingsOf(row), day).action === 'delete').map((row) => row.id);
  let count = 0;
  for (let start = 0; start < due.length; start += 500) count += await remove(due.slice(start, start + 500));
  return count;
}

/**
 * The retention job (references part (d)): hard-deletes what the schedule says has expired today —
 * ended and expired sessions, used or expired sign-in codes and password links, sent e-mails after
 * their period, audit rows after R-8's years, answered data-subject requests after R-10's months,
 * closed pupils' files and families after R-1/R-2 (the pupil's row anonymised, consent proof kept
 * to R-3's date, concerns left to a person under R-4), applicants not accepted after R-7, allowance
 * payments after the tax period (AWR-52), volunteers who left after R-5 (the name kept while a
 * payment to them is), raw evaluation answers anonymised after R-6 — and keeps the rest (unsent
 * mail, the breach register, rows within their period). A programme's own periods apply to its
 * pupils, matches, volunteers and answers. Idempotent (a
 * second run finds nothing due) and safe with several instances (a lease row: one runs, the others
 * skip). Each run is recorded with its counts, never with what was removed. Returns the counts,
 * or null when another instance holds the lease.
 */
export async function applyRetention(orm: Orm, clock: Clock): Promise<Record<string, number> | null> {
  const em = orm.em.fork();
  const now = clock.now();
  const day = today(clock);
  if (!(await takeLease(em, randomUUID(), now))) return null;
  try {
    const run = em.create(RetentionRun, { day, startedAt: now, finishedAt: null, counts: {} });
    await em.flush();
    const settingsFor = await retentionSettingsOf(em);
    const settingsOf = (organisationId: string | null | undefined) => (organisationId ? settingsFor(organisationId) : retentionSettingsFor());
    const defaults = () => retentionSettingsFor();
    const counts: Record<string, number> = {};

    const sessions = await em.find(Session, {}, { fields: ['tokenHash', 'expiresAt'] });
    counts['session.delete'] = await deleteDue(
      sessions.map((s) => ({ id: s.tokenHash, expiresAt: s.expiresAt })),
      (s) => ({ kind: 'session', id: s.id, expiresAt: s.expiresAt.toISOString() }),
      defaults, day,
      (ids) => em.nativeDelete(Session, { tokenHash: { $in: ids } }),
    );
    const codes = await em.find(PortalLoginCode, {}, { fields: ['id', 'expiresAt', 'usedAt'] });
    counts['signInCode.delete'] = await deleteDue(
      codes,
      (c) => ({ kind: 'signInCode', id: c.id, expiresAt: c.expiresAt.toISOString(), usedAt: c.usedAt?.toISOString() ?? null }),
      defaults, day,
      (ids) => em.nativeDelete(PortalLoginCode, { id: { $in: ids } }),
    );
    const tokens = await em.find(PasswordToken, {}, { fields: ['tokenHash', 'expiresAt', 'usedAt'] });
    counts['passwordLink.delete'] = await deleteDue(
      tokens.map((t) => ({ id: t.tokenHash, expiresAt: t.expiresAt, usedAt: t.usedAt ?? null })),
      (t) => ({ kind: 'signInCode', id: t.id, expiresAt: t.expiresAt.toISOString(), usedAt: t.usedAt?.toISOString() ?? null }),
      defaults, day,
      (ids) => em.nativeDelete(PasswordToken, { tokenHash: { $in: ids } }),
    );
    const mails = await em.find(OutboxMessage, { sentAt: { $ne: null } }, { fields: ['id', 'sentAt', 'organisation'] });
    counts['sentEmail.delete'] = await deleteDue(
      mails,
      (m) => ({ kind: 'sentEmail', id: m.id, sentAt: m.sentAt?.toISOString() ?? null }),
      (m) => settingsOf(m.organisation?.id), day,
      (ids) => em.nativeDelete(OutboxMessage, { id: { $in: ids } }),
    );
    const audits = await em.find(AuditEntry, {}, { fields: ['id', 'at', 'organisation'] });
    counts['auditEntry.delete'] = await deleteDue(
      audits,
      (a) => ({ kind: 'auditEntry', id: a.id, at: a.at.toISOString() }),
      (a) => settingsOf(a.organisation.id), day,
      (ids) => em.nativeDelete(AuditEntry, { id: { $in: ids } }),
    );
    const requests = await em.find(SubjectRequestEntry, { completedOn: { $ne: null } }, { fields: ['id', 'completedOn', 'organisation'] });
    counts['subjectRequest.delete'] = await deleteDue(
      requests,
      (r) => ({ kind: 'subjectRequest', id: r.id, completedOn: r.completedOn ?? null }),
      (r) => settingsOf(r.organisation.id), day,
      (ids) => em.nativeDelete(SubjectRequestEntry, { id: { $in: ids } }),
    );
    for (const [key, n] of Object.entries(await retirePupilFiles(em, settingsFor, day))) counts[key] = n;
    counts['volunteerApplication.anonymise'] = await retireVolunteerApplicants(em, settingsFor, day);
    counts['allowancePayment.delete'] = await retireAllowancePayments(em, settingsFor, day);
    for (const [key, n] of Object.entries(await retireVolunteers(em, settingsFor, day))) counts[key] = n;
    counts['evaluationResponse.anonymise'] = await anonymiseEvaluationAnswers(em, settingsFor, day);
    run.counts = counts;
    run.finishedAt = clock.now();
    await em.flush();
    return counts;
  } finally {
    await em.nativeUpdate(JobLease, { name: LEASE }, { until: new Date(0) });
  }
}

/** Runs `applyRetention` when no run has finished yet today (the server calls this every hour): once per day. */
export async function applyRetentionIfDue(orm: Orm, clock: Clock): Promise<Record<string, number> | null> {
  const done = await orm.em.fork().findOne(RetentionRun, { day: today(clock), finishedAt: { $ne: null } });
  return done ? null : applyRetention(orm, clock);
}
