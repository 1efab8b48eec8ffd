import { describe, expect, it } from 'vitest';
import { activateMatch, confirmMatch } from './activation.js';
import { declineMatch, endMatch } from './closing.js';
import { agreedHome, con1Holds, homeMentoring, ok, proposal, scheduledHome, TODAY } from './fixtures.js';
import { isOpen, matchStage } from './stage.js';

const active = () => ok(activateMatch(scheduledHome(), con1Holds, homeMentoring, TODAY));
const confirmed = () => ok(confirmMatch(active(), { confirmedOn: '2025-11-12', by: 'Bea' }, '2025-11-12'));

describe('declineMatch', () => {
  it("School's cool: the family declines after the matching conversation; the reason is kept and the pupil goes back on the board", () => {
    const declined = ok(declineMatch(agreedHome(), { by: 'family', reason: ' prefers a female mentor ', on: '2025-09-09' }, TODAY));
    expect(declined.menteeBackOnBoard).toBe(true);
    expect(declined.match.decline).toEqual({ by: 'family', reason: 'prefers a female mentor', on: '2025-09-09' });
    expect(matchStage(declined.match)).toBe('declined');
    expect(isOpen(declined.match)).toBe(false);
  });

  it('the volunteer declines a proposal; the pupil goes back on the board', () => {
    const declined = ok(declineMatch(proposal(), { by: 'volunteer', reason: 'too far by bike', on: '2025-09-02' }, TODAY));
    expect(declined).toEqual({ match: { ...proposal(), decline: { by: 'volunteer', reason: 'too far by bike', on: '2025-09-02' } }, menteeBackOnBoard: true });
  });

  it("Parent'R'US 3.3.3: the coordinator does not confirm the match during the getting-to-know period and declines it", () => {
    const declined = ok(declineMatch(active(), { by: 'coordinator', reason: 'mentor and pupil do not work well together', on: '2025-10-20' }, '2025-10-20'));
    expect(declined.menteeBackOnBoard).toBe(true);
    expect(matchStage(declined.match)).toBe('declined');
  });

  it('MATCH.REASON_REQUIRED: a decline records why', () => {
    expect(declineMatch(proposal(), { by: 'family', reason: '  ', on: '2025-09-02' }, TODAY)).toEqual({ ok: false, code: 'MATCH.REASON_REQUIRED', field: 'reason' });
  });

  it('MATCH.WRONG_STAGE: a confirmed match is ended, not declined; a closed match is not declined again', () => {
    expect(declineMatch(confirmed(), { by: 'family', reason: 'moving', on: '2025-11-20' }, '2025-11-20')).toEqual({
      ok: false,
      code: 'MATCH.WRONG_STAGE',
      field: 'decline',
    });
    const declined = ok(declineMatch(proposal(), { by: 'volunteer', reason: 'ill', on: '2025-09-02' }, TODAY)).match;
    expect(declineMatch(declined, { by: 'family', reason: 'also no', on: '2025-09-03' }, TODAY)).toMatchObject({ ok: false, code: 'MATCH.WRONG_STAGE' });
  });

  it('MATCH.DATE_BEFORE_PREVIOUS_STEP: not dated before the last recorded step; MATCH.DATE_IN_FUTURE', () => {
    expect(declineMatch(agreedHome(), { by: 'family', reason: 'no', on: '2025-09-07' }, TODAY)).toEqual({
      ok: false,
      code: 'MATCH.DATE_BEFORE_PREVIOUS_STEP',
      field: 'on',
    });
    expect(declineMatch(agreedHome(), { by: 'family', reason: 'no', on: '2025-10-02' }, TODAY)).toMatchObject({ ok: false, code: 'MATCH.DATE_IN_FUTURE' });
  });
});

describe('endMatch (DOMAIN.md §8)', () => {
  it('DOMAIN.md §8: a match that ran is ended with the closure reason', () => {
    const ended = ok(endMatch(confirmed(), { on: '2026-06-30', reason: 'completed' }, '2026-07-01'));
    expect(ended.end).toEqual({ on: '2026-06-30', reason: 'completed' });
    expect(matchStage(ended)).toBe('ended');
    expect(isOpen(ended)).toBe(false);
  });

  it('safeguarding may end a match still in its getting-to-know period', () => {
    expect(endMatch(active(), { on: '2025-10-10', reason: 'safeguarding' }, '2025-10-10').ok).toBe(true);
  });

  it('DOMAIN.md §5: when the mentee or the mentor stops, the reason is recorded (MATCH.REASON_REQUIRED on note)', () => {
    for (const reason of ['menteeStopped', 'mentorStopped'] as const) {
      expect(endMatch(confirmed(), { on: '2026-01-10', reason }, '2026-01-10')).toEqual({ ok: false, code: 'MATCH.REASON_REQUIRED', field: 'note' });
    }
    expect(ok(endMatch(confirmed(), { on: '2026-01-10', reason: 'menteeStopped', note: ' football training moved ' }, '2026-01-10')).end?.note).toBe(
      'football training moved',
    );
    expect(endMatch(confirmed(), { on: '2026-01-10', reason: 'bored' as 'moved' }, '2026-01-10')).toEqual({ ok: false, code: 'MATCH.REASON_REQUIRED', field: 'reason' });
  });

  it('MATCH.WRONG_STAGE: only an active match is ended (before the start it is declined)', () => {
    expect(endMatch(scheduledHome(), { on: TODAY, reason: 'moved' }, TODAY)).toEqual({ ok: false, code: 'MATCH.WRONG_STAGE', field: 'end' });
  });

  it('MATCH.DATE_BEFORE_PREVIOUS_STEP: not before the confirmation', () => {
    expect(endMatch(confirmed(), { on: '2025-11-11', reason: 'moved' }, '2026-01-10')).toMatchObject({ ok: false, code: 'MATCH.DATE_BEFORE_PREVIOUS_STEP' });
  });
});
