import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { stampNow } from '../clock.js';
import { Organisation, Programme } from './organisation.js';
import { Volunteer } from './volunteer.js';
import { newId } from './id.js';

/**
 * An allowance paid to a volunteer for a month (DOMAIN.md §5: "a small volunteer allowance while
 * funds last"), within the programme's monthly limit and the yearly maximum; the domain's
 * `checkAllowancePayment` decides before one is saved.
 */
export const AllowancePayment = defineEntity({
  name: 'AllowancePayment',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    volunteer: () => p.manyToOne(Volunteer).index(),
    /** The month it is paid for, `YYYY-MM`. */
    forMonth: p.string().length(7),
    paidOn: p.string().length(10),
    amountCents: p.integer(),
    recordedById: p.string().length(36),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type AllowancePayment = InferEntity<typeof AllowancePayment>;

/**
 * A group intervision meeting of a programme's volunteers, led by a coordinator (Parent'R'US
 * 3.3.5: monthly or every two weeks), with who came.
 */
export const IntervisionMeeting = defineEntity({
  name: 'IntervisionMeeting',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    programme: () => p.manyToOne(Programme).index(),
    heldOn: p.string().length(10).index(),
    topic: p.string().length(200),
    notes: p.text(),
    createdById: p.string().length(36),
    createdAt: p.datetime().onCreate(stampNow),
    attendance: () => p.oneToMany(IntervisionAttendance).mappedBy('meeting'),
  },
});
export type IntervisionMeeting = InferEntity<typeof IntervisionMeeting>;

/** Whether one volunteer (with a match running on the day) was at an intervision meeting. */
export const IntervisionAttendance = defineEntity({
  name: 'IntervisionAttendance',
  uniques: [{ properties: ['meeting', 'volunteer'] }],
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    meeting: () => p.manyToOne(IntervisionMeeting).index().deleteRule('cascade'),
    volunteer: () => p.manyToOne(Volunteer).index(),
    present: p.boolean(),
  },
});
export type IntervisionAttendance = InferEntity<typeof IntervisionAttendance>;
