import type { Match } from '@driehoek/db';
import { currentSuspension, FINAL_SUSPENSION_REASONS, matchStage, nextStepCode, nextStepsOf, visibleSuspensionReasons } from '@driehoek/domain/match';
import { maxPairScore } from '@driehoek/domain/matching';
import type { MatchDetail, MatchSummary } from '@driehoek/contracts/matches';
import { matchRecordOf } from './match-record.js';

/** The contract text that is signed now; a new version is a new string here. */
export const CONTRACT_TEXT_VERSION = '2026-11';

const nameOf = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

export function matchSummaryOf(match: Match): MatchSummary {
  return {
    id: match.id,
    programmeId: match.programme.id,
    pupil: { id: match.pupil.id, name: nameOf(match.pupil) },
    volunteer: { id: match.volunteer.id, name: nameOf(match.volunteer) },
    stage: matchStage(matchRecordOf(match)),
    proposedOn: match.proposedOn,
    startedOn: match.startedOn ?? null,
  };
}

/** The family's names for the contract: parents with authority, the participating parent (or the pupil) as mentee. */
function knownSignersOf(match: Match): MatchDetail['knownSigners'] {
  const family = match.pupil.family.isInitialized() ? match.pupil.family.getItems() : [];
  const mentee = family.find((member) => member.isMentee);
  return {
    parents: family.filter((member) => member.hasParentalAuthority && !member.isMentee).map(nameOf),
    mentee: mentee ? nameOf(mentee) : nameOf(match.pupil),
  };
}

export function matchDetailOf(match: Match): MatchDetail {
  const record = matchRecordOf(match);
  const settings = match.programme.settings;
  return {
    id: match.id,
    programme: { id: match.programme.id, name: match.programme.name, template: match.programme.template },
    pupil: { id: match.pupil.id, name: nameOf(match.pupil) },
    volunteer: { id: match.volunteer.id, name: nameOf(match.volunteer) },
    knownSigners: knownSignersOf(match),
    stage: matchStage(record),
    source: record.source,
    manualReason: match.manualReason ?? null,
    score: match.score ?? null,
    maxScore: maxPairScore(settings.matching),
    parts: (match.scoreParts ?? []) as MatchDetail['parts'],
    proposedOn: match.proposedOn,
    introduction: record.introduction ? { ...record.introduction, attendees: [...record.introduction.attendees] } : null,
    agreements: { volunteerOn: record.agreements.volunteer ?? null, familyOn: record.agreements.family ?? null },
    contract: {
      signatures: record.signatures.map((signature) => ({ ...signature })),
      signersRequired: [...settings.lifecycle.contractSigners],
      completedOn: record.contractCompletedOn ?? null,
    },
    weeklyTime: record.weeklyTime
      ? { slots: record.weeklyTime.slots.map((slot) => ({ ...slot })), format: record.weeklyTime.format, place: record.weeklyTime.place ?? null, agreedOn: record.weeklyTime.agreedOn }
      : null,
    warmHandover: record.warmHandover ? { ...record.warmHandover } : null,
    startedOn: record.startedOn ?? null,
    gettingToKnowUntil: record.gettingToKnowUntil ?? null,
    confirmedOn: record.confirmation?.confirmedOn ?? null,
    end: record.end ? { on: record.end.on, reason: record.end.reason, note: record.end.note ?? null } : null,
    decline: record.decline ? { ...record.decline } : null,
    suspension: suspensionViewOf(record),
    nextSteps: nextStepsOf(record, settings.lifecycle).map(nextStepCode),
    vogWaived: settings.showVogWaiverOnMatches || settings.screening.steps.vog === 'waived',
    lifecycle: {
      requireIntroduction: settings.lifecycle.requireIntroduction,
      organisationRepresentativeRequired: settings.lifecycle.organisationRepresentativeRequired,
      requireWeeklyTime: settings.lifecycle.requireWeeklyTime,
      requireWarmHandover: settings.lifecycle.requireWarmHandover,
      gettingToKnowWeeks: settings.lifecycle.gettingToKnowWeeks,
    },
    contractTextVersion: CONTRACT_TEXT_VERSION,
  };
}

/** The suspension in force as the programme's coordinators may see it: never a concern's reason or note (SAF-10). */
function suspensionViewOf(record: ReturnType<typeof matchRecordOf>): MatchDetail['suspension'] {
  const current = currentSuspension(record);
  if (!current) return null;
  const reasons = visibleSuspensionReasons(record, 'programmeCoordinators');
  return {
    since: current.since,
    reasons: [...reasons],
    notes: current.grounds.flatMap((ground) => (ground.reason !== 'concern' && ground.note ? [ground.note] : [])),
    final: current.grounds.some((ground) => FINAL_SUSPENSION_REASONS.includes(ground.reason)),
  };
}
