import { describe, expect, it } from 'vitest';
import { schoolPupilStatus, schoolView, type SchoolPupilFacts } from './school-view.js';

const pupil = (pupilId: string, changes: Partial<SchoolPupilFacts> = {}): SchoolPupilFacts => ({
  pupilId,
  schoolId: 'academie-tien',
  nominatedOn: '2025-09-01',
  closedOn: null,
  consent: 'given',
  matches: [],
  ...changes,
});

const match = (proposedOn: string, changes: Partial<SchoolPupilFacts['matches'][number]> = {}) => ({ proposedOn, startedOn: null, declinedOn: null, endedOn: null, ...changes });

describe("the school view: a school mentor's own pupils, waiting, matched or closed (DOMAIN.md §3, §7)", () => {
  const today = '2025-10-31';

  it('waiting for a volunteer once every consent is given, with the days waited', () => {
    expect(schoolPupilStatus(pupil('a'), today)).toEqual({ pupilId: 'a', status: 'waiting', since: '2025-09-01', waitingDays: 60 });
    expect(schoolPupilStatus(pupil('b', { consent: 'pending' }), today)).toMatchObject({ status: 'consentPending', since: '2025-09-01', waitingDays: null });
  });

  it('matched while a match is open, from its start (or its proposal before the start)', () => {
    expect(schoolPupilStatus(pupil('c', { matches: [match('2025-10-01', { startedOn: '2025-10-10' })] }), today)).toMatchObject({ status: 'matched', since: '2025-10-10' });
    expect(schoolPupilStatus(pupil('d', { matches: [match('2025-10-20')] }), today)).toMatchObject({ status: 'matched', since: '2025-10-20' });
  });

  it('CON-3: a refused consent closes the nomination; a closed nomination is closed from its day', () => {
    expect(schoolPupilStatus(pupil('e', { consent: 'refused' }), today)).toMatchObject({ status: 'closed' });
    expect(schoolPupilStatus(pupil('f', { closedOn: '2025-10-15', matches: [match('2025-09-10', { startedOn: '2025-09-15', endedOn: '2025-10-15' })] }), today)).toMatchObject({ status: 'closed', since: '2025-10-15' });
  });

  it('back on the board after a match ended or was declined: waiting again from that day', () => {
    const back = pupil('g', { matches: [match('2025-09-05', { startedOn: '2025-09-10', endedOn: '2025-10-21' }), match('2025-09-02', { declinedOn: '2025-09-04' })] });
    expect(schoolPupilStatus(back, today)).toEqual({ pupilId: 'g', status: 'waiting', since: '2025-10-21', waitingDays: 10 });
  });

  it("only the school's own pupils, in status order, the longest-standing first, with counts", () => {
    const view = schoolView(
      [pupil('a', { nominatedOn: '2025-09-10' }), pupil('b', { consent: 'pending' }), pupil('z', { schoolId: 'other' }), pupil('c', { nominatedOn: '2025-09-02' }), pupil('e', { consent: 'refused' })],
      'academie-tien',
      today,
    );
    expect(view.pupils.map((p) => [p.pupilId, p.status])).toEqual([
      ['b', 'consentPending'],
      ['c', 'waiting'],
      ['a', 'waiting'],
      ['e', 'closed'],
    ]);
    expect(view.counts).toEqual({ consentPending: 1, waiting: 2, matched: 0, closed: 1 });
    expect(schoolView([], 'academie-tien', today).counts).toEqual({ consentPending: 0, waiting: 0, matched: 0, closed: 0 });
  });
});
