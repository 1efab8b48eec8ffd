import type { Match } from '@driehoek/db';
import type { MatchRecord, MatchSource } from '@driehoek/domain/match';

/** A stored match as the domain's `MatchRecord`: the one mapping between the two. */
export function matchRecordOf(match: Match): MatchRecord {
  return {
    id: match.id,
    programmeId: match.programme.id,
    menteeId: match.pupil.id,
    volunteerId: match.volunteer.id,
    proposedOn: match.proposedOn,
    source: match.source as MatchSource,
    ...(match.manualReason ? { manualReason: match.manualReason } : {}),
    ...(match.score != null ? { score: match.score } : {}),
    ...(match.introduction ? { introduction: match.introduction } : {}),
    agreements: match.agreements,
    signatures: match.signatures,
    ...(match.contractCompletedOn ? { contractCompletedOn: match.contractCompletedOn } : {}),
    ...(match.weeklyTime ? { weeklyTime: match.weeklyTime } : {}),
    ...(match.warmHandover ? { warmHandover: match.warmHandover } : {}),
    ...(match.startedOn ? { startedOn: match.startedOn } : {}),
    ...(match.startedOn ? { gettingToKnowUntil: match.gettingToKnowUntil ?? null } : {}),
    ...(match.confirmation ? { confirmation: match.confirmation } : {}),
    ...(match.decline ? { decline: match.decline } : {}),
    ...(match.end ? { end: match.end } : {}),
    ...(match.suspensions?.length ? { suspensions: match.suspensions } : {}),
  };
}

/** The columns to store for a domain record (the reverse of `matchRecordOf`). */
export function matchColumnsOf(record: MatchRecord) {
  return {
    introduction: record.introduction ?? null,
    agreements: { ...record.agreements },
    signatures: [...record.signatures],
    contractCompletedOn: record.contractCompletedOn ?? null,
    weeklyTime: record.weeklyTime ?? null,
    warmHandover: record.warmHandover ?? null,
    startedOn: record.startedOn ?? null,
    gettingToKnowUntil: record.gettingToKnowUntil ?? null,
    confirmation: record.confirmation ?? null,
    decline: record.decline ?? null,
    end: record.end ?? null,
    declinedOn: record.decline?.on ?? null,
    endedOn: record.end?.on ?? null,
    suspensions: record.suspensions?.length ? [...record.suspensions] : null,
  };
}
