import { Volunteer, type EntityManager } from '@driehoek/db';
import type { ConcernCaseView, ConcernQueueItem } from '@driehoek/contracts/safeguarding';
import {
  acuteGateOpen,
  concernTimers,
  nextConcernStep,
  pupilChronology,
  readableEntries,
  safeguardingSettingsOf,
  type ConcernState,
  type ConcernViewer,
  type SafeguardingActor,
} from '@driehoek/domain/safeguarding';
import { staffNames } from './caller.js';
import type { LoadedConcern } from './store.js';

/** Names of everyone who appears in the concerns: staff and volunteers of the organisation. */
export async function namesFor(em: EntityManager, organisationId: string, states: readonly ConcernState[]) {
  const staff = await staffNames(em, organisationId);
  const volunteerIds = [...new Set(states.flatMap((state) => state.entries.map((entry) => entry.by)).filter((by) => by.role === 'volunteer').map((by) => by.personId))];
  const volunteers = volunteerIds.length > 0 ? await em.find(Volunteer, { id: { $in: volunteerIds }, organisation: organisationId }, { fields: ['id', 'firstName', 'lastName'] }) : [];
  const names = new Map([...staff, ...volunteers.map((v) => [v.id, `${v.firstName} ${v.lastName}`] as const)]);
  return (actor: SafeguardingActor) => ({ ...actor, name: names.get(actor.personId) ?? '' });
}

function timersOf(...args: Parameters<typeof concernTimers>) {
  const timers = concernTimers(...args);
  return { ...timers, open: [...timers.open] };
}

type OwnEntry = { version: number; at: string; kind: 'reported' | 'addendum'; facts: string | null; interpretation: string | null };

type Namer = Awaited<ReturnType<typeof namesFor>>;

/** One line of the case team's queue, with its timers (SAF-15). */
export function queueItemOf(loaded: LoadedConcern, name: Namer, now: string): ConcernQueueItem {
  const { concern, state } = loaded;
  return {
    id: state.id,
    version: state.version,
    pupil: { id: concern.pupil.id, name: `${concern.pupil.firstName} ${concern.pupil.lastName}` },
    matchId: state.matchId,
    reportedAt: state.reportedAt,
    reporter: name(state.reporter),
    status: state.status,
    acuteDanger: state.acuteDanger,
    dangerToLife: state.dangerToLife,
    disclosure: state.disclosure,
    subjectType: state.subject.type,
    acknowledged: state.acknowledgement !== null,
    nextStep: nextConcernStep(state),
    timers: timersOf(state, safeguardingSettingsOf(concern.pupil.programme.settings), now),
  };
}

/** What a reporter reads of their own report (SAF-2): their report and addenda only. */
export function ownReportOf(loaded: LoadedConcern, viewer: ConcernViewer) {
  const entries = readableEntries(viewer, loaded.state).flatMap((entry): OwnEntry[] => {
    if (entry.kind === 'reported') return [{ version: entry.version, at: entry.at, kind: 'reported', facts: entry.report.facts, interpretation: entry.report.interpretation ?? null }];
    if (entry.kind === 'addendum') return [{ version: entry.version, at: entry.at, kind: 'addendum', facts: entry.addendum.facts ?? null, interpretation: entry.addendum.interpretation ?? null }];
    return [];
  });
  return { access: 'ownReport' as const, id: loaded.state.id, version: loaded.state.version, pupilFirstName: loaded.concern.pupil.firstName, reportedAt: loaded.state.reportedAt, entries };
}

/** The whole case for the case team (SAF-10), with the pupil's chronology (SAF-13). */
export function caseViewOf(
  loaded: LoadedConcern,
  pupilsConcerns: readonly ConcernState[],
  viewer: ConcernViewer,
  name: Namer,
  now: string,
  assignable: readonly { id: string; name: string }[],
): ConcernCaseView {
  const { state } = loaded;
  const chronology = pupilChronology(viewer, pupilsConcerns, state.pupilId);
  const staffActor = (personId: string) => name({ personId, role: 'coordinator' });
  return {
    ...queueItemOf(loaded, name, now),
    access: 'full',
    acuteSince: state.acuteSince,
    categories: [...state.categories],
    observedOn: state.observedOn,
    facts: state.facts.map((fact) => ({ ...fact, by: name(fact.by), sources: [...fact.sources] })),
    interpretations: state.interpretations.map((item) => ({ ...item, by: name(item.by) })),
    statusHistory: state.statusHistory.map((change) => ({ ...change, by: name(change.by) })),
    alerts: state.alerts.map((alert) => ({ recipient: staffActor(alert.recipientId), at: alert.at })),
    acknowledgement: state.acknowledgement ? { by: name(state.acknowledgement.by), at: state.acknowledgement.at } : null,
    assignedCoordinators: state.assignedCoordinatorIds.map(staffActor),
    authorityContacts: [...state.authorityContacts],
    acuteGateOpen: acuteGateOpen(state),
    consultations: [...state.consultations],
    conversation: state.conversation,
    assessment: state.assessment,
    boardConsultation: state.boardConsultation ? { ...state.boardConsultation, participants: [...state.boardConsultation.participants] } : null,
    decision: state.decision ? { ...state.decision, by: name(state.decision.by) } : null,
    referrals: [...state.referrals],
    followUps: [...state.followUps],
    suspendsMatch: state.suspendsMatch,
    closure: state.closure ? { ...state.closure, by: name(state.closure.by) } : null,
    asOf: now,
    assignable: [...assignable],
    chronology: {
      repeated: chronology?.repeated ?? false,
      items: (chronology?.items ?? []).map((item) => ({ concernId: item.concernId, at: item.at, kind: item.entry.kind, version: item.entry.version, by: name(item.entry.by) })),
    },
  };
}
