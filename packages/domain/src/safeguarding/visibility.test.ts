import { describe, expect, it } from 'vitest';
import { pupilChronology } from './chronology.js';
import { add, ans, bea, cor, karin, nonAcuteUpTo, ok, opened, settings } from './fixtures.js';
import { appendConcernEntry, concernState } from './record.js';
import { mayReadConcern, readableConcerns, readableEntries, type ConcernViewer } from './visibility.js';

const viewer = (personId: string, role: ConcernViewer['role']): ConcernViewer => ({ personId, role });
const withAddendum = () => concernState(add(nonAcuteUpTo('signalsMapped'), { kind: 'addendum', addendum: { facts: 'Sara was absent from school.' } }, ans, '2025-10-15T09:00:00Z'));

describe('mayReadConcern (SAF-10)', () => {
  it('SAF-10: the assigned coordinator and the safeguarding lead read everything', () => {
    const state = withAddendum();
    expect(mayReadConcern(viewer('c-bea', 'coordinator'), state)).toEqual({ kind: 'full' });
    expect(mayReadConcern(viewer('lead-karin', 'safeguardingLead'), state)).toEqual({ kind: 'full' });
    expect(readableEntries(viewer('c-bea', 'coordinator'), state)).toHaveLength(5);
  });

  it("SAF-10 / SAF-2: the reporter reads their own report and addenda only, not the coordinator's steps", () => {
    const state = withAddendum();
    expect(mayReadConcern(viewer('v-ans', 'volunteer'), state)).toEqual({ kind: 'ownReport', versions: [1, 5] });
    expect(readableEntries(viewer('v-ans', 'volunteer'), state).map((entry) => entry.kind)).toEqual(['reported', 'addendum']);
  });

  it('SAF-10: parents, the pupil, other volunteers, the school mentor and coordinators not on the case read nothing', () => {
    const state = withAddendum();
    for (const someone of [viewer('parent-1', 'parent'), viewer('pupil-sara', 'pupil'), viewer('v-other', 'volunteer'), viewer('sm-1', 'schoolMentor'), viewer('c-cor', 'coordinator')]) {
      expect(mayReadConcern(someone, state)).toEqual({ kind: 'none' });
      expect(readableEntries(someone, state)).toEqual([]);
    }
  });

  it('SAF-10: no count leaks: counts are built only over the concerns the viewer may read', () => {
    const states = [withAddendum(), concernState(opened({}, 'concern-2', '2025-10-20T10:00:00Z', bea))];
    expect(readableConcerns(viewer('parent-1', 'parent'), states)).toEqual([]);
    expect(readableConcerns(viewer('v-ans', 'volunteer'), states).map((state) => state.id)).toEqual(['concern-1']);
    expect(readableConcerns(viewer('lead-karin', 'safeguardingLead'), states)).toHaveLength(2);
  });

  it('SAF-3: a coordinator alerted to take up an acute concern reads it before acknowledging', () => {
    const state = concernState(add(opened({ acuteDanger: true }), { kind: 'alertSent', recipientId: 'c-cor' }, { personId: 'system', role: 'system' }, '2025-10-14T18:06:00Z'));
    expect(mayReadConcern(viewer('c-cor', 'coordinator'), state)).toEqual({ kind: 'full' });
  });
});

describe('a concern about a volunteer or staff member (SAF-11)', () => {
  const aboutCor = () => opened({ subject: { type: 'staffOrVolunteer', personId: 'c-cor' }, facts: 'Sara said: "Cor sends me messages at night."' }, 'concern-9');

  it('SAF-11: the person it is about reads nothing, even as a coordinator or lead', () => {
    const state = concernState(aboutCor());
    expect(mayReadConcern(viewer('c-cor', 'coordinator'), state)).toEqual({ kind: 'none' });
    expect(mayReadConcern(viewer('c-cor', 'safeguardingLead'), state)).toEqual({ kind: 'none' });
  });

  it('SAF-11: the case goes to the safeguarding lead: only a lead assigns and decides; the subject can neither be assigned nor act', () => {
    const entries = aboutCor();
    const append = (body: Parameters<typeof appendConcernEntry>[1]['body'], by: typeof bea) => appendConcernEntry(entries, { body, by, at: '2025-10-15T09:00:00Z' }, settings);
    expect(append({ kind: 'assigned', coordinatorIds: ['c-bea'] }, bea)).toEqual({ ok: false, code: 'SAFEGUARDING.NOT_ALLOWED', field: 'by' });
    expect(append({ kind: 'assigned', coordinatorIds: ['c-cor'] }, karin)).toEqual({ ok: false, code: 'SAFEGUARDING.SUBJECT_EXCLUDED', field: 'coordinatorIds' });
    expect(append({ kind: 'acknowledged' }, { ...cor, role: 'safeguardingLead' })).toEqual({ ok: false, code: 'SAFEGUARDING.SUBJECT_EXCLUDED', field: 'by' });
    expect(ok(append({ kind: 'assigned', coordinatorIds: ['c-bea'] }, karin)).state.assignedCoordinatorIds).toEqual(['c-bea']);
  });

  it('SAF-11: it suspends the matches until decided; lifting that before the decision is refused', () => {
    const entries = aboutCor();
    expect(concernState(entries).suspendsMatch).toBe(true);
    expect(appendConcernEntry(entries, { body: { kind: 'suspensionSet', suspendsMatch: false, reason: 'seems harmless' }, by: karin, at: '2025-10-15T09:00:00Z' }, settings)).toEqual({
      ok: false,
      code: 'SAFEGUARDING.SUSPENSION_REQUIRED_UNTIL_DECIDED',
      field: 'suspendsMatch',
    });
  });
});

describe('pupilChronology (SAF-13)', () => {
  const first = () => concernState(nonAcuteUpTo('acknowledged'));
  const second = () => concernState(add(opened({ facts: 'Sara was hungry again and had no coat.' }, 'concern-2', '2025-10-15T07:00:00Z'), { kind: 'alertSent', recipientId: 'c-bea' }, { personId: 'system', role: 'system' }, '2025-10-15T07:01:00Z'));

  it("SAF-13: all of a pupil's concerns form one chronology, in the order recorded, so repetition shows", () => {
    const chronology = pupilChronology(viewer('c-bea', 'coordinator'), [second(), first()], 'pupil-sara');
    expect(chronology?.concernIds).toEqual(['concern-1', 'concern-2']);
    expect(chronology?.repeated).toBe(true);
    expect(chronology?.items.map((item) => `${item.concernId}#${item.entry.version} ${item.entry.kind}`)).toEqual([
      'concern-1#1 reported',
      'concern-1#2 alertSent',
      'concern-2#1 reported',
      'concern-2#2 alertSent',
      'concern-1#3 acknowledged',
    ]);
  });

  it('SAF-13 / SAF-10: the reporter and anyone not on a case get no chronology; the subject of a concern does not see it in it', () => {
    expect(pupilChronology(viewer('v-ans', 'volunteer'), [first(), second()], 'pupil-sara')).toBeNull();
    expect(pupilChronology(viewer('parent-1', 'parent'), [first()], 'pupil-sara')).toBeNull();
    const aboutDirk = concernState(opened({ subject: { type: 'staffOrVolunteer', personId: 'lead-dirk' } }, 'concern-3', '2025-10-16T07:00:00Z'));
    const dirk = pupilChronology(viewer('lead-dirk', 'safeguardingLead'), [first(), aboutDirk], 'pupil-sara');
    expect(dirk?.concernIds).toEqual(['concern-1']);
    expect(dirk?.repeated).toBe(false);
  });
});
