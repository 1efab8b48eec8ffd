import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyValues, forgetAllDrafts, forgetDraft, openLog, readDraft, readOpenLog, saveDraft } from './draft.js';

/** sessionStorage for a test in node. */
function fakeStorage(): Storage {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
  // Object.keys(sessionStorage) lists the stored keys, as in a browser
  return new Proxy(storage, { ownKeys: () => [...items.keys()], getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }) }) as Storage;
}

describe('meeting log drafts', () => {
  beforeEach(() => vi.stubGlobal('sessionStorage', fakeStorage()));

  const draft = { owner: 'v-1', matchId: 'm-1', plannedFor: '2024-12-03', values: { ...emptyValues('2024-12-03'), whatWeDid: 'Huiswerk gemaakt' } };

  it('keeps what was typed per match, for the person who typed it only', () => {
    saveDraft(draft);
    expect(readDraft('v-1', 'm-1')).toEqual(draft);
    expect(readDraft('v-2', 'm-1')).toBeNull();
    expect(readDraft('v-1', 'm-2')).toBeNull();
    forgetDraft('m-1');
    expect(readDraft('v-1', 'm-1')).toBeNull();
  });

  it('remembers which log the page opens, and forgets everything after signing out', () => {
    openLog({ owner: 'v-1', matchId: 'm-1', plannedFor: null });
    saveDraft(draft);
    expect(readOpenLog('v-1')).toEqual({ owner: 'v-1', matchId: 'm-1', plannedFor: null });
    expect(readOpenLog('v-2')).toBeNull();
    forgetAllDrafts();
    expect(readOpenLog('v-1')).toBeNull();
    expect(readDraft('v-1', 'm-1')).toBeNull();
  });

  it('survives storage that is missing or full of nonsense', () => {
    sessionStorage.setItem('driehoek.portal.meetingLog.m-1', '{not json');
    expect(readDraft('v-1', 'm-1')).toBeNull();
    vi.stubGlobal('sessionStorage', undefined);
    expect(() => saveDraft(draft)).not.toThrow();
    expect(readDraft('v-1', 'm-1')).toBeNull();
  });
});
