import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Organisation, Programme } from './organisation.js';
import { Volunteer } from './volunteer.js';
import { Pupil } from './pupil.js';
import { newId } from './id.js';

/**
 * A match between a volunteer and a mentee, from proposal to end. Each step of the lifecycle
 * (schoolscool-thuismentor-worden.txt: matching conversation, agreement, contract, weekly time;
 * Thuisschoolmaatje: warm handover; Parent'R'US: confirmation after getting to know each other)
 * is a column, so the match record is the history. `version` guards concurrent edits.
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

    introducedOn: p.string().length(10).nullable(),
    introductionAttendees: p.json<string[]>().nullable(),
    organisationRepresentative: p.string().length(200).nullable(),
    volunteerAgreedOn: p.string().length(10).nullable(),
    familyAgreedOn: p.string().length(10).nullable(),
    contractTextVersion: p.string().length(40).nullable(),
    contractSignatures: p.json<Record<string, string>>().nullable(),
    weeklyDay: p.string().length(10).nullable(),
    weeklyTime: p.string().length(5).nullable(),
    meetingFormat: p.string().length(20).nullable(),
    meetingPlace: p.string().length(200).nullable(),
    warmHandoverOn: p.string().length(10).nullable(),
    warmHandoverBy: p.string().length(200).nullable(),
    startedOn: p.string().length(10).nullable(),
    gettingToKnowUntil: p.string().length(10).nullable(),
    confirmedOn: p.string().length(10).nullable(),
    declinedOn: p.string().length(10).nullable(),
    declinedBy: p.string().length(20).nullable(),
    declineReason: p.text().nullable(),
    endedOn: p.string().length(10).nullable(),
    endReason: p.string().length(40).nullable(),
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
