import { describe, expect, it } from 'vitest';
import { checkRequester, checkRequestExtension, extendedDueOn, requestDueOn, rightsHolderOn, rightsMoveToPupilOn, subjectRequestStanding, type SubjectRequest } from './requests.js';

const request: SubjectRequest = { id: 'q-1', kind: 'access', receivedOn: '2026-01-31', subject: { kind: 'adult' }, requester: 'subject' };

describe('the data-subject request register (GDPR art. 12)', () => {
  it('PRV-2: a request is due one month after receipt (31 January → 28 February), three months with an extension', () => {
    expect(requestDueOn('2026-01-31')).toBe('2026-02-28');
    expect(requestDueOn('2026-03-15')).toBe('2026-04-15');
    expect(extendedDueOn('2026-01-31')).toBe('2026-04-30');
    expect(subjectRequestStanding(request, '2026-02-10')).toEqual({ dueOn: '2026-02-28', extended: false, status: 'open', daysLeft: 18, refusedLate: false });
  });

  it('PRV-2: an extension is allowed only when the person is told within the first month, with a reason, once', () => {
    expect(checkRequestExtension(request, { notifiedOn: '2026-02-28', reason: 'complex: three programmes' })).toBeNull();
    expect(checkRequestExtension(request, { notifiedOn: '2026-03-01', reason: 'complex' })).toEqual({ ok: false, code: 'SUBJECT_REQUEST.EXTENSION_TOO_LATE', field: 'notifiedOn' });
    expect(checkRequestExtension(request, { notifiedOn: '2026-02-20', reason: ' ' })).toEqual({ ok: false, code: 'SUBJECT_REQUEST.EXTENSION_REASON_REQUIRED', field: 'reason' });
    expect(checkRequestExtension(request, { notifiedOn: '2026-01-30', reason: 'x' })).toMatchObject({ code: 'SUBJECT_REQUEST.DATE_INVALID' });
    const extended = { ...request, extension: { notifiedOn: '2026-02-20', reason: 'complex' } };
    expect(checkRequestExtension(extended, { notifiedOn: '2026-02-21', reason: 'again' })).toMatchObject({ code: 'SUBJECT_REQUEST.ALREADY_EXTENDED' });
    expect(checkRequestExtension({ ...request, completedOn: '2026-02-01' }, { notifiedOn: '2026-02-02', reason: 'x' })).toMatchObject({ code: 'SUBJECT_REQUEST.ALREADY_COMPLETED' });
  });

  it('PRV-2: an extended request is due after three months; an extension told too late does not count', () => {
    const extended = { ...request, extension: { notifiedOn: '2026-02-20', reason: 'complex' } };
    expect(subjectRequestStanding(extended, '2026-03-10')).toMatchObject({ dueOn: '2026-04-30', extended: true, status: 'open' });
    const lateExtension = { ...request, extension: { notifiedOn: '2026-03-02', reason: 'complex' } };
    expect(subjectRequestStanding(lateExtension, '2026-03-10')).toMatchObject({ dueOn: '2026-02-28', extended: false, status: 'overdue', daysLeft: -10 });
  });

  it('PRV-2: due soon in the last week, overdue after the due date, answered or answered late once completed', () => {
    expect(subjectRequestStanding(request, '2026-02-21').status).toBe('dueSoon');
    expect(subjectRequestStanding(request, '2026-02-28').status).toBe('dueSoon');
    expect(subjectRequestStanding(request, '2026-03-01')).toMatchObject({ status: 'overdue', daysLeft: -1 });
    expect(subjectRequestStanding({ ...request, completedOn: '2026-02-27', outcome: 'granted' }, '2026-05-01')).toMatchObject({ status: 'answered', daysLeft: null });
    expect(subjectRequestStanding({ ...request, completedOn: '2026-03-05', outcome: 'granted' }, '2026-05-01').status).toBe('answeredLate');
  });

  it('PRV-2 (GDPR 12(4)): a refusal is explained within one month, even when the deadline was extended', () => {
    const extended = { ...request, extension: { notifiedOn: '2026-02-20', reason: 'complex' } };
    expect(subjectRequestStanding({ ...extended, completedOn: '2026-03-20', outcome: 'refused' }, '2026-04-01')).toMatchObject({ status: 'answered', refusedLate: true });
    expect(subjectRequestStanding({ ...extended, completedOn: '2026-03-20', outcome: 'partlyGranted' }, '2026-04-01').refusedLate).toBe(false);
  });

  it('PRV-3: a pupil under 16 makes requests through the legal representative; from the 16th birthday the pupil does', () => {
    const pupil = { kind: 'pupil', birthDate: '2010-06-15' } as const;
    expect(rightsHolderOn(pupil, '2026-06-14')).toBe('legalRepresentative');
    expect(rightsHolderOn(pupil, '2026-06-15')).toBe('subject');
    expect(rightsMoveToPupilOn('2010-06-15')).toBe('2026-06-15');
    expect(checkRequester(pupil, 'legalRepresentative', '2026-06-14')).toBeNull();
    expect(checkRequester(pupil, 'subject', '2026-06-14')).toEqual({ ok: false, code: 'SUBJECT_REQUEST.THROUGH_REPRESENTATIVE', field: 'requester' });
    expect(checkRequester(pupil, 'subject', '2026-06-15')).toBeNull();
    expect(checkRequester(pupil, 'legalRepresentative', '2026-06-15')).toEqual({ ok: false, code: 'SUBJECT_REQUEST.PUPIL_DECIDES', field: 'requester' });
    expect(checkRequester(pupil, 'legalRepresentative', '2026-06-15', true)).toBeNull();
    expect(checkRequester({ kind: 'adult' }, 'subject', '2026-06-15')).toBeNull();
  });
});
