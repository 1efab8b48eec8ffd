/**
 * A meeting log being written, kept in this tab (sessionStorage) per match: a phone may reload
 * the page, the session may end, the network may drop. Nothing typed is lost until the log is
 * saved. A draft belongs to the person who wrote it; someone else signing in on this tab never
 * sees it.
 */
export type LogValues = {
  date: string;
  form: string;
  durationMinutes: string;
  whatWeDid: string;
  /** 'yes' | 'no' | '' (not answered) */
  wentWell: string;
  nextSteps: string;
  challenge: string;
  wantsToTalkToCoordinator: boolean;
};
export type LogDraft = { owner: string; matchId: string; plannedFor: string | null; values: LogValues };

const PREFIX = 'driehoek.portal.meetingLog.';
const OPEN = `${PREFIX}open`;

export const emptyValues = (date: string): LogValues => ({
  date,
  form: '',
  durationMinutes: '',
  whatWeDid: '',
  wentWell: '',
  nextSteps: '',
  challenge: '',
  wantsToTalkToCoordinator: false,
});

function read<T>(key: string): T | null {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? 'null') as T | null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // no storage: the draft lasts while the page is open
  }
}

export function readDraft(owner: string, matchId: string): LogDraft | null {
  const draft = read<LogDraft>(PREFIX + matchId);
  return draft && draft.owner === owner && draft.matchId === matchId && draft.values ? draft : null;
}

export const saveDraft = (draft: LogDraft) => write(PREFIX + draft.matchId, draft);
export const forgetDraft = (matchId: string) => write(PREFIX + matchId, null);

/** Which log the log page opens: the match, and the planned meeting when chosen from a reminder. */
export type OpenLog = { owner: string; matchId: string; plannedFor: string | null };

export function openLog(open: OpenLog): void {
  write(OPEN, open);
}

export function readOpenLog(owner: string): OpenLog | null {
  const open = read<OpenLog>(OPEN);
  return open && open.owner === owner && typeof open.matchId === 'string' ? open : null;
}

/** After signing out: forget every draft in this tab. */
export function forgetAllDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // nothing stored
  }
}
