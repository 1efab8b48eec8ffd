import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { stampNow } from '../clock.js';
import { Organisation } from './organisation.js';
import { Pupil } from './pupil.js';
import { Match } from './match.js';
import { StaffMember } from './staff.js';
import { newId } from './id.js';

/**
 * A safeguarding concern (SAF-1…17; reference B1): the head row the queue, the escalation job and
 * the activation check query on. The record itself is its entries (`ConcernEntryRecord`), appended
 * and never changed; the columns here are a projection of the latest entry, rewritten with each
 * append.
 * Never shown to anyone outside the case (SAF-10).
 */
export const Concern = defineEntity({
  name: 'Concern',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    pupil: () => p.manyToOne(Pupil).index(),
    match: () => p.manyToOne(Match).nullable().index(),
    /** SAF-11: the volunteer or staff member the concern is about, who never sees it. */
    subjectPersonId: p.string().length(36).nullable().index(),
    reporterId: p.string().length(36).index(),
    reportedAt: p.datetime(),
    /** The status after the latest entry (SAF-6), for the queue. */
    status: p.string().length(20).index(),
    acute: p.boolean(),
    acknowledged: p.boolean().default(false),
    /**
     * The number of entries: the concern's version (SAF-12). Two appends at once both claim the
     * next version; the unique (concern, version) of the entries lets only one of them in.
     */
    version: p.integer(),
    entries: () => p.oneToMany(ConcernEntryRecord).mappedBy('concern'),
  },
});
export type Concern = InferEntity<typeof Concern>;

/**
 * One entry of a concern, append-only (SAF-2, SAF-12): version 1 is the report, then each addendum,
 * alert, acknowledgement and Meldcode step with its author and server UTC time. The facts (what was
 * seen or heard, the child's words) and the interpretation are columns of their own, never mixed;
 * `body` holds the rest of the entry as the domain's `ConcernEntryBody` has it.
 */
export const ConcernEntryRecord = defineEntity({
  name: 'ConcernEntryRecord',
  tableName: 'concern_entry',
  uniques: [{ properties: ['concern', 'version'] }],
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    concern: () => p.manyToOne(Concern).index(),
    version: p.integer(),
    kind: p.string().length(30),
    /** The report's or an addendum's facts (SAF-12), apart from any interpretation. */
    facts: p.text().nullable(),
    interpretation: p.text().nullable(),
    body: p.json<Record<string, unknown>>(),
    byId: p.string().length(36),
    byRole: p.string().length(20),
    at: p.datetime(),
  },
});
export type ConcernEntryRecord = InferEntity<typeof ConcernEntryRecord>;

export const SAFEGUARDING_ROLE_KINDS = ['lead', 'deputy'] as const;
export type SafeguardingRoleKind = (typeof SAFEGUARDING_ROLE_KINDS)[number];

/**
 * SAF-17: the organisation's safeguarding lead(s) (aandachtsfunctionaris) and deputies, staff
 * members set by an admin or coordinator; required before any match is activated and shown to
 * volunteers in the portal.
 */
export const SafeguardingRole = defineEntity({
  name: 'SafeguardingRole',
  uniques: [{ properties: ['staffMember', 'role'] }],
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    staffMember: () => p.manyToOne(StaffMember).index(),
    role: p.enum(SAFEGUARDING_ROLE_KINDS),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type SafeguardingRole = InferEntity<typeof SafeguardingRole>;
