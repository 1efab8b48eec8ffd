/**
 * A volunteer's request to talk to their coordinator ("I want to talk to my coordinator" in the
 * meeting log). Volunteers are "extra eyes and ears" (Thuisschoolmaatje) and a situation that
 * exceeds their role goes to the coordinator (School's cool; DOMAIN.md §6), so a request is its own
 * record: it stays open, whatever else happens on the match (a check-in, later logs, the log's
 * date lying in the past), until a coordinator records that they answered it.
 */
import type { IsoDate } from '../calendar/index.js';
import { accept, refuse, type Result } from '../result.js';
import type { Codes } from '../codes.js';

/** How the coordinator answered: when, who, and a short note (what was agreed, "called, all well"). */
export interface TalkAnswer {
  /** The instant it was recorded (ISO 8601). */
  readonly at: string;
  readonly byId: string;
  readonly byName: string;
  readonly note: string;
}

/** One request to talk, as it is kept. */
export interface TalkRequest {
  readonly id: string;
  readonly matchId: string;
  /** The date of the meeting whose log asked. */
  readonly meetingOn: IsoDate;
  /** The instant the volunteer wrote the log (ISO 8601). */
  readonly writtenAt: string;
  /** `null` while nobody has answered it. */
  readonly answer: TalkAnswer | null;
}

export type TalkProblem = Codes<'TALK.ALREADY_ANSWERED' | 'TALK.NOTE_TOO_LONG' | 'TALK.WRONG_MATCH'>;

/** The longest note an answer may carry. */
export const MAX_TALK_NOTE_LENGTH = 2000;

/**
 * The open requests among `requests`: those no coordinator has answered, whatever their meeting's
 * date and whatever was recorded since (a check-in is not an answer: the coordinator may not have
 * seen the request). Oldest written first, so the longest-waiting volunteer comes first.
 */
export function openTalkRequests<R extends Pick<TalkRequest, 'writtenAt' | 'answer'>>(requests: readonly R[]): readonly R[] {
  return requests.filter((request) => request.answer === null).sort((a, b) => (a.writtenAt < b.writtenAt ? -1 : a.writtenAt > b.writtenAt ? 1 : 0));
}

/**
 * Records the coordinator's answer: once (`TALK.ALREADY_ANSWERED`: the first answer stays, with
 * who gave it), for a request of this match (`TALK.WRONG_MATCH` on `requestId`), with a note of at
 * most `MAX_TALK_NOTE_LENGTH` characters (`TALK.NOTE_TOO_LONG` on `note`), trimmed.
 */
export function answerTalkRequest(request: TalkRequest, matchId: string, answer: TalkAnswer): Result<TalkRequest, TalkProblem> {
  if (request.matchId !== matchId) return refuse('TALK.WRONG_MATCH', 'requestId');
  if (request.answer !== null) return refuse('TALK.ALREADY_ANSWERED');
  const note = answer.note.trim();
  if (note.length > MAX_TALK_NOTE_LENGTH) return refuse('TALK.NOTE_TOO_LONG', 'note');
  return accept({ ...request, answer: { ...answer, note } });
}
