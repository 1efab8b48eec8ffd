import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ScreeningPolicy } from '@driehoek/domain/screening';
import { newId } from './id.js';

/** A mentoring organisation. Every record belongs to one; a coordinator sees only their own. */
export const Organisation = defineEntity({
  name: 'Organisation',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    name: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Organisation = InferEntity<typeof Organisation>;

/** A programme run by an organisation, created from a template, with its own screening settings. */
export const Programme = defineEntity({
  name: 'Programme',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    name: p.string().length(200),
    template: p.string().length(40),
    screeningPolicy: p.json<ScreeningPolicy>(),
    openForApplications: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Programme = InferEntity<typeof Programme>;
