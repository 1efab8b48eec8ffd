import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { stampNow } from '../clock.js';
import type { ProgrammeSettings } from '@driehoek/domain/programme';
import { newId } from './id.js';

/** A mentoring organisation. Every record belongs to one; a coordinator sees only their own. */
export const Organisation = defineEntity({
  name: 'Organisation',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    name: p.string().length(200),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type Organisation = InferEntity<typeof Organisation>;

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
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type School = InferEntity<typeof School>;
