import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Organisation, Programme } from './organisation.js';
import { Volunteer } from './volunteer.js';
import { Pupil } from './pupil.js';
import { newId } from './id.js';
import type {
  ContractSignature,
  MatchAgreements,
  MatchConfirmation,
  MatchDecline,
  MatchEnd,
  MatchIntroduction,
  WarmHandover,
  WeeklyTime,
} from '@driehoek/domain/match';

/**
 * A match between a volunteer and a mentee, from proposal to end. Each step of the lifecycle
 * (schoolscool-thuismentor-worden.txt: matching conversation, agreement, contract, weekly time;
 * Thuisschoolmaatje: warm handover; Parent'R'US: confirmation after getting to know each other)
 * is kept, so the match record is the history. `version` guards concurrent edits.
 */
export const Match = defineEntity({
  name: 'Match',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    programme: () => p.manyToOne(Programme).index(),
    volunteer: () => p.manyToOne(Volunteer).index(),
    pupil: () => p.manyToOne(Pupil).index(),
    source: p.string().length(20),
    manualReason: p.text().nullable(),
    score: p.float().nullable(),
    scoreParts: p.json<unknown[]>().nullable(),
    proposedOn: p.string().length(10),
    proposedById: p.string().length(36),

    /** The steps as the domain's MatchRecord holds them; the match record is the history. */
    introduction: p.json<MatchIntroduction>().nullable(),
    agreements: p.json<MatchAgreements>(),
    signatures: p.json<ContractSignature[]>(),
    contractCompletedOn: p.string().length(10).nullable(),
    weeklyTime: p.json<WeeklyTime>().nullable(),
    warmHandover: p.json<WarmHandover>().nullable(),
    startedOn: p.string().length(10).nullable().index(),
    gettingToKnowUntil: p.string().length(10).nullable(),
    confirmation: p.json<MatchConfirmation>().nullable(),
    decline: p.json<MatchDecline>().nullable(),
    end: p.json<MatchEnd>().nullable(),
    /** Kept beside the JSON so "open matches" is one indexed query: open while both are null. */
    declinedOn: p.string().length(10).nullable(),
    endedOn: p.string().length(10).nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Match = InferEntity<typeof Match>;

/** A speed-meeting round (Parent'R'US / IPA): the rankings both sides gave, kept so nothing typed is lost. */
export const PreferenceRound = defineEntity({
  name: 'PreferenceRound',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    programme: () => p.manyToOne(Programme).index(),
    volunteerRankings: p.json<{ volunteerId: string; ranking: string[] }[]>(),
    pupilRankings: p.json<{ pupilId: string; ranking: string[] }[]>(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type PreferenceRound = InferEntity<typeof PreferenceRound>;
