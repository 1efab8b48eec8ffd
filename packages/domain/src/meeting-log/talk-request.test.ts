import { describe, expect, it } from 'vitest';
import { answerTalkRequest, openTalkRequests, MAX_TALK_NOTE_LENGTH, type TalkRequest } from './talk-request.js';

const request = (changes: Partial<TalkRequest> = {}): TalkRequest => ({
  id: 't-1',
  matchId: 'm-1',
  meetingOn: '2025-09-16',
  writtenAt: '2025-09-30T18:00:00.000Z',
  answer: null,
  ...changes,
});
const answer = { at: '2025-10-01T09:00:00.000Z', byId: 's-1', byName: 'Coördinator', note: '  Gebeld, afspraak gemaakt.  ' };

describe('requests to talk (DOMAIN.md §6: what exceeds the volunteer goes to the coordinator)', () => {
  it('a request stays open until a coordinator answers it, whatever its meeting date (an earlier meeting, a check-in since)', () => {
    const early = request({ id: 'early', meetingOn: '2025-09-02', writtenAt: '2025-09-30T20:00:00.000Z' });
    const answered = request({ id: 'answered', answer });
    const late = request({ id: 'late', meetingOn: '2025-09-29', writtenAt: '2025-09-29T19:00:00.000Z' });
    expect(openTalkRequests([early, answered, late]).map((r) => r.id)).toEqual(['late', 'early']);
    expect(openTalkRequests([answered])).toEqual([]);
  });

  it('the answer records when, who and a trimmed note, and closes the request', () => {
    const result = answerTalkRequest(request(), 'm-1', answer);
    expect(result).toEqual({ ok: true, value: request({ answer: { ...answer, note: 'Gebeld, afspraak gemaakt.' } }) });
    expect(result.ok && openTalkRequests([result.value])).toEqual([]);
  });

  it('TALK.ALREADY_ANSWERED: the first answer stays', () => {
    expect(answerTalkRequest(request({ answer }), 'm-1', { ...answer, byId: 's-2' })).toEqual({ ok: false, code: 'TALK.ALREADY_ANSWERED' });
  });

  it('TALK.WRONG_MATCH and TALK.NOTE_TOO_LONG', () => {
    expect(answerTalkRequest(request(), 'm-2', answer)).toEqual({ ok: false, code: 'TALK.WRONG_MATCH', field: 'requestId' });
    expect(answerTalkRequest(request(), 'm-1', { ...answer, note: 'x'.repeat(MAX_TALK_NOTE_LENGTH + 1) })).toEqual({ ok: false, code: 'TALK.NOTE_TOO_LONG', field: 'note' });
    expect(answerTalkRequest(request(), 'm-1', { ...answer, note: 'x'.repeat(MAX_TALK_NOTE_LENGTH) }).ok).toBe(true);
  });
});
