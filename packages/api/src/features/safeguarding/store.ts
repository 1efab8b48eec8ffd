import { Concern, ConcernEntryRecord, UniqueConstraintViolationException, type EntityManager } from '@driehoek/db';
import { concernState, type ConcernEntry, type ConcernEntryBody, type ConcernState } from '@driehoek/domain/safeguarding';
import { AppError } from '../../errors/index.js';

/** The domain's UTC instant (`YYYY-MM-DDTHH:MM:SSZ`) of a stored or clock time. */
export const instantOf = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

/**
 * The entry as the domain has it, from its row: the facts and the interpretation come from their
 * own columns (SAF-12), the rest of the body from `body`.
 */
function entryOf(record: ConcernEntryRecord): ConcernEntry {
  const common = { concernId: record.concern.id, version: record.version, at: instantOf(record.at), by: { personId: record.byId, role: record.byRole } };
  const body = record.body;
  let entry: ConcernEntryBody;
  if (record.kind === 'reported') {
    const report = body.report as Record<string, unknown>;
    entry = { kind: 'reported', report: { ...report, facts: record.facts ?? '', ...(record.interpretation ? { interpretation: record.interpretation } : {}) } } as ConcernEntryBody;
  } else if (record.kind === 'addendum') {
    const addendum = body.addendum as Record<string, unknown>;
    entry = { kind: 'addendum', addendum: { ...addendum, ...(record.facts ? { facts: record.facts } : {}), ...(record.interpretation ? { interpretation: record.interpretation } : {}) } } as ConcernEntryBody;
  } else {
    entry = { ...body, kind: record.kind } as ConcernEntryBody;
  }
  return { ...entry, ...common } as ConcernEntry;
}

/** The row of an entry: the texts apart (SAF-12), the rest as JSON. */
function columnsOf(entry: ConcernEntry) {
  const { concernId: _c, version, at, by, kind, ...rest } = entry;
  let facts: string | null = null;
  let interpretation: string | null = null;
  let body: Record<string, unknown> = rest;
  if (entry.kind === 'reported') {
    const { facts: f, interpretation: i, ...report } = entry.report;
    facts = f;
    interpretation = i ?? null;
    body = { report };
  } else if (entry.kind === 'addendum') {
    const { facts: f, interpretation: i, ...addendum } = entry.addendum;
    facts = f?.trim() || null;
    interpretation = i?.trim() || null;
    body = { addendum };
  }
  return { version, kind, facts, interpretation, body, byId: by.personId, byRole: by.role, at: new Date(at) };
}

export interface LoadedConcern {
  readonly concern: Concern;
  readonly entries: readonly ConcernEntry[];
  readonly state: ConcernState;
}

/** The concerns' entries, folded into their states, in one query. */
export async function loadStates(em: EntityManager, concerns: readonly Concern[]): Promise<LoadedConcern[]> {
  if (concerns.length === 0) return [];
  const records = await em.find(ConcernEntryRecord, { concern: { $in: concerns.map((concern) => concern.id) } }, { orderBy: { version: 'asc' } });
  return concerns.map((concern) => {
    const entries = records.filter((record) => record.concern.id === concern.id).map(entryOf);
    return { concern, entries, state: concernState(entries) };
  });
}

/** One concern of the organisation with its state, or null. */
export async function findConcern(em: EntityManager, organisationId: string, concernId: string): Promise<LoadedConcern | null> {
  const concern = await em.findOne(Concern, { id: concernId, organisation: organisationId }, { populate: ['pupil', 'pupil.programme', 'match'] });
  if (!concern) return null;
  const [loaded] = await loadStates(em, [concern]);
  return loaded ?? null;
}

/** Stores new entries (never changing an old one) and brings the head row up to date. */
export function appendEntries(em: EntityManager, concern: Concern, entries: readonly ConcernEntry[], state: ConcernState): void {
  for (const entry of entries) em.create(ConcernEntryRecord, { organisation: concern.organisation, concern, ...columnsOf(entry) });
  concern.version = state.version;
  concern.status = state.status;
  concern.acute = state.acuteDanger;
  concern.acknowledged = state.acknowledgement !== null;
}

/** Flushes; two people appending the same version at once: the second is told to reload. */
export async function flushAppend(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new AppError('SAFEGUARDING.VERSION_CONFLICT', 'version');
    throw error;
  }
}
