import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { stampNow } from '../clock.js';
import type { ProgrammeSettings } from '@driehoek/domain/programme';
import { DAY_OFF_REASONS, HOLIDAY_REGIONS, PROVINCES } from '@driehoek/domain/school-holidays';
import { newId } from './id.js';

/**
 * A mentoring organisation. Every record belongs to one; a coordinator sees only their own. A
 * regional foundation may belong to a national organisation (`parent`, DOMAIN.md "Scale to design
 * for": Mentorschap Nederland is one national organisation of regional ones), whose national
 * administrators see its regions' figures added up, never their personal records.
 */
export const Organisation = defineEntity({
  name: 'Organisation',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    name: p.string().length(200),
    /** The national organisation this one is a region of; null: independent (or itself national). */
    parent: () => p.manyToOne(Organisation).nullable().index(),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type Organisation = InferEntity<typeof Organisation>;

/**
 * An organisation's own settings, one row at most per organisation (none: the defaults): the
 * contact details and the coordinator on duty the portal's "contact your coordinator" block and
 * every e-mail show, the name e-mails are signed with, and a small logo. The logo's bytes live
 * here, loaded only when the logo itself is asked for (`lazy`).
 */
export const OrganisationSettings = defineEntity({
  name: 'OrganisationSettings',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).unique(),
    phone: p.string().length(20).nullable(),
    email: p.string().length(254).nullable(),
    address: p.string().length(300).nullable(),
    /** The coordinator families and volunteers reach; a coordinator or admin of the organisation. */
    dutyCoordinatorId: p.string().length(36).nullable(),
    /** The name e-mails are signed with (and sent as), e.g. "Eva van School's cool". */
    senderName: p.string().length(120).nullable(),
    logo: p.blob().nullable().lazy(),
    /** `image/png`, `image/jpeg` or `image/webp`; null without a logo. */
    logoType: p.string().length(20).nullable(),
    /** The SHA-256 of the logo, in its address so a new logo is never served from a cache. */
    logoHash: p.string().length(64).nullable(),
    updatedAt: p.datetime().onCreate(stampNow),
  },
});
export type OrganisationSettings = InferEntity<typeof OrganisationSettings>;

/**
 * A programme run by an organisation, created from a template; its settings (screening,
 * consents, cadence, duration, budgets…) are the domain's `ProgrammeSettings`, adjustable.
 */
export const Programme = defineEntity({
  name: 'Programme',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    name: p.string().length(200),
    template: p.string().length(40),
    settings: p.json<ProgrammeSettings>(),
    openForApplications: p.boolean().default(true),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type Programme = InferEntity<typeof Programme>;

/** A school that nominates pupils. School mentors are scoped to one. */
export const School = defineEntity({
  name: 'School',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    name: p.string().length(200),
    city: p.string().length(120),
    /** Where the school is, for its holiday region (`schoolHolidayRegion`); null: not given. */
    province: p.enum(PROVINCES).nullable(),
    /** The school's own holiday region, when a coordinator set one (it wins over the province's). */
    holidayRegion: p.enum(HOLIDAY_REGIONS).nullable(),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type School = InferEntity<typeof School>;

/**
 * An organisation's change to the official school holidays (the domain's `HolidayEdit`): a study
 * day or local day off, or lessons after all on official holiday days; for every school, the
 * schools of one region, or one school. Applied to every schedule through `schoolHolidaysFor`.
 */
export const HolidayEdit = defineEntity({
  name: 'HolidayEdit',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    school: () => p.manyToOne(School).nullable().deleteRule('cascade'),
    region: p.enum(HOLIDAY_REGIONS).nullable(),
    kind: p.enum(['dayOff', 'schoolDay'] as const),
    from: p.string().length(10),
    until: p.string().length(10),
    /** A day off's reason and the name the portal shows; null for a school day. */
    reason: p.enum(DAY_OFF_REASONS).nullable(),
    name: p.string().length(120).nullable(),
    note: p.string().length(500).nullable(),
    createdBy: p.string().length(36),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type HolidayEdit = InferEntity<typeof HolidayEdit>;

/**
 * The organisation's own text under one heading of a programme's report for one period (the
 * Parent'R'US annex's narrative sections: context, summary, challenges …), as the coordinator wrote it.
 */
export const ReportNarrative = defineEntity({
  name: 'ReportNarrative',
  uniques: [{ properties: ['programme', 'periodFrom', 'periodUntil', 'section'] }],
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    programme: () => p.manyToOne(Programme).index().deleteRule('cascade'),
    periodFrom: p.string().length(10),
    periodUntil: p.string().length(10),
    /** The domain's `ReportSectionKey`. */
    section: p.string().length(40),
    text: p.text(),
    updatedById: p.string().length(36),
    updatedAt: p.datetime().onCreate(stampNow).onUpdate(stampNow),
  },
});
export type ReportNarrative = InferEntity<typeof ReportNarrative>;
