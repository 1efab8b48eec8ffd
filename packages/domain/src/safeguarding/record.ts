/**
 * The concern as an append-only, versioned record (SAF-2, SAF-12; B1): `appendConcernEntry` checks
 * one new entry against the entries so far — who may add it, the order of the Meldcode steps
 * (SAF-6), the acute path (SAF-4), the afwegingskader (SAF-5, SAF-7) — and `concernState` folds the
 * entries into the current state. Nothing is ever edited or removed; a correction is a new entry.
 */
import { isIsoDate } from '../calendar/index.js';
import { accept, refuse, type Refusal, type Result } from '../result.js';
import { amsterdamDateOf, epochMsOf, isUtcInstant, type UtcInstant } from '../schedule/amsterdam.js';
import { checkAssessment, checkDecision, checkFollowUp } from './meldcode.js';
import { checkSources } from './report.js';
import type { SafeguardingSettings } from './settings.js';
import {
  AUTHORITY_CONTACT_TYPES,
  CONCERN_CATEGORIES,
  CONSULTATION_TYPES,
  CONVERSATION_SKIP_REASONS,
  PARENTS_NOT_INFORMED_REASONS,
  type ConcernEntry,
  type ConcernEntryBody,
  type ConcernEntryKind,
  type ConcernState,
  type ConcernStatus,
  type SafeguardingActor,
  type SafeguardingProblem,
  type StatusChange,
} from './types.js';

const filled = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** The status a step entry moves the concern to (SAF-6); other entries leave it where it is. */
const STATUS_AFTER: Partial<Record<ConcernEntryKind, ConcernStatus>> = {
  acknowledged: 'acknowledged',
  signalsMapped: 'signalsMapped',
  consulted: 'consulted',
  conversationHeld: 'conversationDone',
  conversationSkipped: 'conversationDone',
  assessed: 'assessed',
  boardConsulted: 'boardConsulted',
  decided: 'decided',
  followedUp: 'followingUp',
  closed: 'closed',
};

/** The statuses a step may be taken from. A first consultation makes the concern `consulted`; later ones may follow. */
const TAKEN_FROM: Partial<Record<ConcernEntryKind, readonly ConcernStatus[]>> = {
  acknowledged: ['submitted'],
  signalsMapped: ['acknowledged'],
  consulted: ['signalsMapped', 'consulted', 'conversationDone', 'assessed', 'boardConsulted', 'decided', 'followingUp'],
  conversationHeld: ['consulted'],
  conversationSkipped: ['consulted'],
  assessed: ['conversationDone'],
  boardConsulted: ['assessed'],
  decided: ['boardConsulted'],
  followedUp: ['decided', 'followingUp'],
  closed: ['decided', 'followingUp'],
};

/** The Meldcode step a concern waits for, by status: what the checklist shows and what a skip is refused on. */
export type ConcernNextStep = 'acknowledged' | 'signalsMapped' | 'consulted' | 'conversation' | 'assessed' | 'boardConsulted' | 'decided' | 'followedUp' | 'closed' | null;

const NEXT_STEP: Readonly<Record<ConcernStatus, ConcernNextStep>> = {
  submitted: 'acknowledged',
  acknowledged: 'signalsMapped',
  signalsMapped: 'consulted',
  consulted: 'conversation',
  conversationDone: 'assessed',
  assessed: 'boardConsulted',
  boardConsulted: 'decided',
  decided: 'followedUp',
  followingUp: 'followedUp',
  closed: null,
};

/**
 * The next step of the concern (SAF-6): acknowledge, map the signals (Meldcode 1), consult (2), the
 * conversation (3, held or skipped), weigh with the afwegingskader (4), consult the board, decide
 * (5), follow up; `closed` once it may be closed; `null` when closed.
 */
export function nextConcernStep(state: ConcernState): ConcernNextStep {
  if (state.status === 'closed') return null;
  return closeRefusal(state) === null ? 'closed' : NEXT_STEP[state.status];
}

/**
 * SAF-4: in acute danger nothing goes to the board, is decided or closed before the authorities
 * (112 or Veilig Thuis) were contacted, unless a coordinator and a safeguarding lead signed an
 * override with a reason.
 */
export function acuteGateOpen(state: Pick<ConcernState, 'acuteDanger' | 'authorityContacts' | 'acuteOverride'>): boolean {
  return !state.acuteDanger || state.authorityContacts.length > 0 || state.acuteOverride !== null;
}

/**
 * Why the concern may not be closed yet, or `null`: the acute path (SAF-4,
 * `SAFEGUARDING.AUTHORITY_CONTACT_REQUIRED`); a decision other than "no suspicion" needs at least
 * one follow-up (`SAFEGUARDING.STEP_OUT_OF_ORDER` on `followedUp`); a decided report is recorded
 * (`SAFEGUARDING.REPORT_NOT_RECORDED`); and after a follow-up without lasting safety a new report
 * (SAF-7, meldnorm 3: `SAFEGUARDING.REPORT_REQUIRED_UNSAFE_DESPITE_HELP`).
 */
export function closeRefusal(state: ConcernState): Refusal<SafeguardingProblem> | null {
  if (state.status !== 'decided' && state.status !== 'followingUp') return refuse('SAFEGUARDING.STEP_OUT_OF_ORDER', NEXT_STEP[state.status] ?? 'closed');
  if (!acuteGateOpen(state)) return refuse('SAFEGUARDING.AUTHORITY_CONTACT_REQUIRED', 'authorityContacts');
  const outcomes = state.decision?.outcomes ?? [];
  const noSuspicionOnly = outcomes.length === 1 && outcomes[0] === 'closeNoSuspicion';
  if (state.status === 'decided' && !noSuspicionOnly) return refuse('SAFEGUARDING.STEP_OUT_OF_ORDER', 'followedUp');
  const reports = state.authorityContacts.filter((contact) => contact.type === 'veiligThuisReport');
  if (outcomes.includes('reportVeiligThuis') && reports.length === 0) return refuse('SAFEGUARDING.REPORT_NOT_RECORDED', 'authorityContacts');
  const last = state.followUps.at(-1);
  if (last && last.q5.answer === 'no' && !reports.some((contact) => epochMsOf(contact.contactedAt) >= epochMsOf(last.at))) {
    return refuse('SAFEGUARDING.REPORT_REQUIRED_UNSAFE_DESPITE_HELP', 'authorityContacts');
  }
  return null;
}

/**
 * The case team: safeguarding leads (and deputies), the coordinators assigned, and the coordinators
 * alerted to take it up (SAF-3: in acute danger the alerted coordinator calls 112 before anything
 * else). The same people read the whole concern (`mayReadConcern`).
 */
export function isCaseTeam(state: Pick<ConcernState, 'assignedCoordinatorIds' | 'alerts'>, actor: SafeguardingActor): boolean {
  if (actor.role === 'safeguardingLead') return true;
  if (actor.role !== 'coordinator') return false;
  return state.assignedCoordinatorIds.includes(actor.personId) || state.alerts.some((alert) => alert.recipientId === actor.personId);
}

/** SAF-2, SAF-10, SAF-11: may this person append an entry of this kind? */
function permissionRefusal(state: ConcernState, body: ConcernEntryBody, actor: SafeguardingActor): Refusal<SafeguardingProblem> | null {
  if (!filled(actor.personId)) return refuse('SAFEGUARDING.NOT_ALLOWED', 'by');
  if (state.subject.personId !== null && actor.personId === state.subject.personId) return refuse('SAFEGUARDING.SUBJECT_EXCLUDED', 'by');
  if (body.kind === 'alertSent') return actor.role === 'volunteer' ? refuse('SAFEGUARDING.NOT_ALLOWED', 'by') : null;
  if (actor.role === 'system') return refuse('SAFEGUARDING.NOT_ALLOWED', 'by');
  const team = isCaseTeam(state, actor);
  switch (body.kind) {
    case 'reported':
      return refuse('SAFEGUARDING.STEP_OUT_OF_ORDER', 'reported');
    case 'addendum':
      return team || actor.personId === state.reporter.personId ? null : refuse('SAFEGUARDING.NOT_ALLOWED', 'by');
    case 'assigned':
      // SAF-11: a concern about a volunteer or staff member is the safeguarding lead's case.
      if (state.subject.type === 'staffOrVolunteer') return actor.role === 'safeguardingLead' ? null : refuse('SAFEGUARDING.NOT_ALLOWED', 'by');
      return team ? null : refuse('SAFEGUARDING.NOT_ALLOWED', 'by');
    case 'decided':
      if (state.subject.type === 'staffOrVolunteer' && actor.role !== 'safeguardingLead') return refuse('SAFEGUARDING.DECISION_BY_LEAD_REQUIRED', 'by');
      return team ? null : refuse('SAFEGUARDING.NOT_ALLOWED', 'by');
    default:
      return team ? null : refuse('SAFEGUARDING.NOT_ALLOWED', 'by');
  }
}

/** The content rules of one entry, beyond who and when. */
function contentRefusal(state: ConcernState, body: ConcernEntryBody, at: UtcInstant, settings: SafeguardingSettings): Refusal<SafeguardingProblem> | null {
  const today = amsterdamDateOf(at);
  const pastDate = (date: string): boolean => isIsoDate(date) && date <= today;
  switch (body.kind) {
    case 'reported':
    case 'acknowledged':
      return null;
    case 'addendum': {
      const { facts, interpretation, sources } = body.addendum;
      if (!filled(facts) && !filled(interpretation)) return refuse('SAFEGUARDING.ADDENDUM_EMPTY', 'addendum');
      return checkSources(sources, 'addendum.sources');
    }
    case 'alertSent':
      return filled(body.recipientId) ? null : refuse('SAFEGUARDING.TEXT_REQUIRED', 'recipientId');
    case 'assigned':
      if (body.coordinatorIds.length === 0 || !body.coordinatorIds.every(filled)) return refuse('SAFEGUARDING.ASSIGNEE_REQUIRED', 'coordinatorIds');
      return state.subject.personId !== null && body.coordinatorIds.includes(state.subject.personId) ? refuse('SAFEGUARDING.SUBJECT_EXCLUDED', 'coordinatorIds') : null;
    case 'classified': {
      const categories = body.categories ?? [];
      if (!categories.every((category) => (CONCERN_CATEGORIES as readonly string[]).includes(category))) return refuse('SAFEGUARDING.TEXT_REQUIRED', 'categories');
      return categories.length > 0 || body.acuteDanger === true || body.disclosure === true ? null : refuse('SAFEGUARDING.TEXT_REQUIRED', 'categories');
    }
    case 'suspensionSet':
      if (!filled(body.reason)) return refuse('SAFEGUARDING.REASON_REQUIRED', 'reason');
      return !body.suspendsMatch && state.subject.type === 'staffOrVolunteer' && state.decision === null ? refuse('SAFEGUARDING.SUSPENSION_REQUIRED_UNTIL_DECIDED', 'suspendsMatch') : null;
    case 'authorityContacted': {
      const contact = body.contact;
      if (!(AUTHORITY_CONTACT_TYPES as readonly string[]).includes(contact.type)) return refuse('SAFEGUARDING.TEXT_REQUIRED', 'contact.type');
      if (!isUtcInstant(contact.contactedAt) || epochMsOf(contact.contactedAt) > epochMsOf(at)) return refuse('SAFEGUARDING.TIME_INVALID', 'contact.contactedAt');
      if (!filled(contact.contactedBy)) return refuse('SAFEGUARDING.TEXT_REQUIRED', 'contact.contactedBy');
      if (!filled(contact.summaryShared)) return refuse('SAFEGUARDING.TEXT_REQUIRED', 'contact.summaryShared');
      if (contact.type !== 'veiligThuisReport') return null;
      // SAF-9: a report says whether the parents were told, or why not.
      const told = contact.parentsInformed;
      if (!told) return refuse('SAFEGUARDING.PARENTS_INFORMED_REQUIRED', 'contact.parentsInformed');
      if (told.informed) return pastDate(told.on) ? null : refuse('SAFEGUARDING.DATE_INVALID', 'contact.parentsInformed.on');
      if (!(PARENTS_NOT_INFORMED_REASONS as readonly string[]).includes(told.reason)) return refuse('SAFEGUARDING.REASON_REQUIRED', 'contact.parentsInformed.reason');
      return filled(told.explanation) ? null : refuse('SAFEGUARDING.REASON_REQUIRED', 'contact.parentsInformed.explanation');
    }
    case 'acuteOverride': {
      if (!state.acuteDanger) return refuse('SAFEGUARDING.STEP_OUT_OF_ORDER', 'acuteOverride');
      if (!filled(body.reason)) return refuse('SAFEGUARDING.REASON_REQUIRED', 'reason');
      const coordinator = body.signedBy.find((signer) => signer.role === 'coordinator');
      const lead = body.signedBy.find((signer) => signer.role === 'safeguardingLead');
      const excluded = body.signedBy.some((signer) => signer.personId === state.subject.personId);
      return coordinator && lead && coordinator.personId !== lead.personId && !excluded ? null : refuse('SAFEGUARDING.OVERRIDE_NEEDS_TWO_ROLES', 'signedBy');
    }
    case 'signalsMapped':
      return filled(body.summary) ? null : refuse('SAFEGUARDING.TEXT_REQUIRED', 'summary');
    case 'consulted': {
      const consultation = body.consultation;
      if (!(CONSULTATION_TYPES as readonly string[]).includes(consultation.type)) return refuse('SAFEGUARDING.TEXT_REQUIRED', 'consultation.type');
      if (!filled(consultation.who)) return refuse('SAFEGUARDING.TEXT_REQUIRED', 'consultation.who');
      if (!pastDate(consultation.on)) return refuse('SAFEGUARDING.DATE_INVALID', 'consultation.on');
      return filled(consultation.adviceSummary) ? null : refuse('SAFEGUARDING.TEXT_REQUIRED', 'consultation.adviceSummary');
    }
    case 'conversationHeld': {
      const conversation = body.conversation;
      if (conversation.with.length === 0) return refuse('SAFEGUARDING.TEXT_REQUIRED', 'conversation.with');
      if (!pastDate(conversation.on)) return refuse('SAFEGUARDING.DATE_INVALID', 'conversation.on');
      // SAF-8: held by the coordinator or a professional, never by the volunteer alone.
      if (!conversation.heldBy.some((person) => person.role !== 'volunteer' && filled(person.name))) return refuse('SAFEGUARDING.CONVERSATION_NOT_BY_VOLUNTEER_ALONE', 'conversation.heldBy');
      return filled(conversation.summary) ? null : refuse('SAFEGUARDING.TEXT_REQUIRED', 'conversation.summary');
    }
    case 'conversationSkipped':
      if (!(CONVERSATION_SKIP_REASONS as readonly string[]).includes(body.reason)) return refuse('SAFEGUARDING.REASON_REQUIRED', 'reason');
      return filled(body.explanation) ? null : refuse('SAFEGUARDING.REASON_REQUIRED', 'explanation');
    case 'assessed':
      return checkAssessment(body.answers, state);
    case 'boardConsulted':
      if (!acuteGateOpen(state)) return refuse('SAFEGUARDING.AUTHORITY_CONTACT_REQUIRED', 'authorityContacts');
      if (body.participants.length === 0 || !body.participants.every(filled)) return refuse('SAFEGUARDING.TEXT_REQUIRED', 'participants');
      return filled(body.summary) ? null : refuse('SAFEGUARDING.TEXT_REQUIRED', 'summary');
    case 'decided':
      if (!acuteGateOpen(state)) return refuse('SAFEGUARDING.AUTHORITY_CONTACT_REQUIRED', 'authorityContacts');
      return checkDecision(body.decision, state, today, settings);
    case 'referred': {
      const referral = body.referral;
      if (!filled(referral.to)) return refuse('SAFEGUARDING.TEXT_REQUIRED', 'referral.to');
      if (!pastDate(referral.on)) return refuse('SAFEGUARDING.DATE_INVALID', 'referral.on');
      return filled(referral.basis) ? null : refuse('SAFEGUARDING.TEXT_REQUIRED', 'referral.basis');
    }
    case 'followedUp':
      return checkFollowUp(body.followUp, amsterdamDateOf(state.decision?.at ?? at), today, settings);
    case 'closed':
      return closeRefusal(state) ?? (filled(body.reason) ? null : refuse('SAFEGUARDING.REASON_REQUIRED', 'reason'));
  }
}

/** What the api passes to append one entry. */
export interface ConcernEntryInput {
  readonly body: ConcernEntryBody;
  readonly by: SafeguardingActor;
  /** The server's UTC time of recording. */
  readonly at: UtcInstant;
  /** The version the author saw (optimistic concurrency); refused when someone appended in between. */
  readonly expectedVersion?: number;
}

/**
 * Appends one entry to a concern (SAF-2, SAF-12: every change is a new version with its author and
 * time). `entries` are the concern's stored entries, in version order, the report first. Refused:
 *
 * - the time not a UTC instant or before the last entry (`SAFEGUARDING.TIME_INVALID`,
 *   `ENTRY_BEFORE_PREVIOUS` on `at`); someone appended since `expectedVersion`
 *   (`SAFEGUARDING.VERSION_CONFLICT`); the concern closed (`SAFEGUARDING.CONCERN_CLOSED`: new
 *   information opens a new concern, which joins the pupil's chronology);
 * - who (SAF-2, SAF-10, SAF-11): the person the concern is about, never
 *   (`SAFEGUARDING.SUBJECT_EXCLUDED`); the reporter only addenda to their own report; an alert by
 *   the system or staff; everything else by the case team (`isCaseTeam`: safeguarding leads,
 *   assigned or alerted coordinators; a coordinator who acknowledges is assigned when nobody is); a concern about a volunteer or staff member assigned and
 *   decided by a safeguarding lead (`SAFEGUARDING.DECISION_BY_LEAD_REQUIRED`); otherwise
 *   `SAFEGUARDING.NOT_ALLOWED` on `by`;
 * - the order (SAF-6): each Meldcode step only from the status before it
 *   (`SAFEGUARDING.STEP_OUT_OF_ORDER` on the step that is due, `ALREADY_ACKNOWLEDGED`);
 * - the content of each entry (see `checkAssessment`, `checkDecision`, `checkFollowUp`,
 *   `closeRefusal`, and the field codes on the entry types), including SAF-4's gate before the
 *   board, the decision and the closure, SAF-8's conversation and SAF-9's informing the parents.
 *
 * Returns the entry to store (version = entries + 1) and the state after it.
 */
export function appendConcernEntry(
  entries: readonly ConcernEntry[],
  input: ConcernEntryInput,
  settings: SafeguardingSettings,
): Result<{ readonly entry: ConcernEntry; readonly state: ConcernState }, SafeguardingProblem> {
  const state = concernState(entries);
  const { body, by, at } = input;
  if (!isUtcInstant(at)) return refuse('SAFEGUARDING.TIME_INVALID', 'at');
  if (input.expectedVersion !== undefined && input.expectedVersion !== state.version) return refuse('SAFEGUARDING.VERSION_CONFLICT', 'version');
  const last = entries.at(-1);
  if (last && epochMsOf(at) < epochMsOf(last.at)) return refuse('SAFEGUARDING.ENTRY_BEFORE_PREVIOUS', 'at');
  if (state.status === 'closed') return refuse('SAFEGUARDING.CONCERN_CLOSED', 'status');
  const permission = permissionRefusal(state, body, by);
  if (permission) return permission;
  const from = TAKEN_FROM[body.kind];
  if (from && !from.includes(state.status)) {
    if (body.kind === 'acknowledged') return refuse('SAFEGUARDING.ALREADY_ACKNOWLEDGED', 'acknowledged');
    return refuse('SAFEGUARDING.STEP_OUT_OF_ORDER', NEXT_STEP[state.status] ?? body.kind);
  }
  const content = contentRefusal(state, body, at, settings);
  if (content) return content;
  const entry = { ...body, concernId: state.id, version: state.version + 1, at, by } as ConcernEntry;
  return accept({ entry, state: concernState([...entries, entry]) });
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/**
 * The current state of a concern from its entries (SAF-12: the record is the entries; this is a
 * view of them). Pure and total over entries that `openConcern` and `appendConcernEntry` produced;
 * throws a `RangeError` for a list that does not start with the report or skips a version (a
 * programming or storage error, not a refusal).
 */
export function concernState(entries: readonly ConcernEntry[]): ConcernState {
  const first = entries[0];
  if (!first || first.kind !== 'reported') throw new RangeError('a concern starts with its report');
  const report = first.report;
  const acute = report.acuteDanger === true || report.dangerToLife === true;
  const state: Mutable<ConcernState> = {
    id: first.concernId,
    version: 0,
    status: 'submitted',
    statusHistory: [],
    pupilId: report.pupilId,
    matchId: report.matchId ?? null,
    subject: { type: report.subject?.type ?? 'pupil', personId: report.subject?.personId ?? null },
    reporter: first.by,
    reportedAt: first.at,
    observedOn: report.observedOn,
    acuteDanger: acute,
    acuteSince: acute ? first.at : null,
    dangerToLife: report.dangerToLife === true,
    disclosure: report.disclosure,
    categories: [...(report.categories ?? [])],
    facts: [],
    interpretations: [],
    alerts: [],
    acknowledgement: null,
    assignedCoordinatorIds: [],
    authorityContacts: [],
    acuteOverride: null,
    consultations: [],
    conversation: null,
    assessment: null,
    boardConsultation: null,
    decision: null,
    referrals: [],
    followUps: [],
    suspendsMatch: false,
    closure: null,
    entries: [],
  };
  let explicitSuspension: { value: boolean; version: number } | null = null;
  for (const entry of entries) {
    if (entry.version !== state.version + 1 || entry.concernId !== state.id) throw new RangeError(`entry version ${entry.version} of ${entry.concernId} out of sequence`);
    state.version = entry.version;
    state.entries.push(entry);
    const { at, by } = entry;
    switch (entry.kind) {
      case 'reported':
        state.facts.push({ version: entry.version, at, by, text: report.facts, sources: report.sources ?? [] });
        if (report.interpretation) state.interpretations.push({ version: entry.version, at, by, text: report.interpretation });
        break;
      case 'addendum':
        if (filled(entry.addendum.facts)) state.facts.push({ version: entry.version, at, by, text: entry.addendum.facts.trim(), sources: entry.addendum.sources ?? [] });
        if (filled(entry.addendum.interpretation)) state.interpretations.push({ version: entry.version, at, by, text: entry.addendum.interpretation.trim() });
        break;
      case 'alertSent':
        state.alerts.push({ recipientId: entry.recipientId, at });
        break;
      case 'acknowledged':
        state.acknowledgement = { by, at };
        if (by.role === 'coordinator' && state.assignedCoordinatorIds.length === 0) state.assignedCoordinatorIds = [by.personId];
        break;
      case 'assigned':
        state.assignedCoordinatorIds = [...new Set(entry.coordinatorIds)];
        break;
      case 'classified':
        if (entry.categories) state.categories = [...new Set(entry.categories)];
        if (entry.acuteDanger && !state.acuteDanger) {
          state.acuteDanger = true;
          state.acuteSince = at;
        }
        if (entry.disclosure) state.disclosure = true;
        break;
      case 'suspensionSet':
        explicitSuspension = { value: entry.suspendsMatch, version: entry.version };
        break;
      case 'authorityContacted':
        state.authorityContacts.push(entry.contact);
        break;
      case 'acuteOverride':
        state.acuteOverride = { reason: entry.reason, signedBy: entry.signedBy, at };
        break;
      case 'consulted':
        state.consultations.push(entry.consultation);
        break;
      case 'conversationHeld':
        state.conversation = { held: entry.conversation };
        break;
      case 'conversationSkipped':
        state.conversation = { skipped: { reason: entry.reason, explanation: entry.explanation } };
        break;
      case 'assessed':
        state.assessment = entry.answers;
        break;
      case 'boardConsulted':
        state.boardConsultation = { participants: entry.participants, summary: entry.summary, at };
        break;
      case 'decided':
        state.decision = { ...entry.decision, at, by };
        break;
      case 'referred':
        state.referrals.push(entry.referral);
        break;
      case 'followedUp':
        state.followUps.push({ ...entry.followUp, at });
        if (entry.followUp.q5) state.assessment = { ...state.assessment, q5: entry.followUp.q5 };
        break;
      case 'closed':
        state.closure = { reason: entry.reason, at, by };
        break;
    }
    const next = STATUS_AFTER[entry.kind];
    if (next && next !== state.status) {
      const change: StatusChange = { from: state.status, to: next, at, by, version: entry.version };
      state.statusHistory.push(change);
      state.status = next;
    } else if (entry.kind === 'reported') {
      state.statusHistory.push({ from: null, to: 'submitted', at, by, version: entry.version });
    }
  }
  state.suspendsMatch = suspendsNow(state, explicitSuspension);
  return state;
}

/**
 * CON-1(iv): whether the concern suspends matches now. Never once closed. A concern about a
 * volunteer or staff member suspends until it is decided (SAF-11), and afterwards only when the case
 * team says so again. Otherwise the case team's last word, and without one, acute danger (SAF-4:
 * the authorities take over; the case team may lift it).
 */
function suspendsNow(state: Mutable<ConcernState>, explicit: { value: boolean; version: number } | null): boolean {
  if (state.status === 'closed') return false;
  if (state.subject.type === 'staffOrVolunteer') {
    const decidedAt = state.decision ? state.entries.find((entry) => entry.kind === 'decided')?.version ?? 0 : null;
    if (decidedAt === null) return true;
    return explicit !== null && explicit.version > decidedAt && explicit.value;
  }
  return explicit?.value ?? state.acuteDanger;
}
