import { describe, expect, it } from 'vitest';
import { backoffMs, localeTexts } from '../../../tooling/vite/locale-texts.js';

type Messages = Record<string, unknown>;

/** A loader failing `failures` times per language, and the waits asked for (no wall clock). */
function setUp(failures: number) {
  const tries: string[] = [];
  const waits: number[] = [];
  const added: Record<string, Messages> = {};
  const texts = localeTexts<'nl' | 'en'>({
    load: async (code, part) => {
      tries.push(`${code}:${part}`);
      if (tries.filter((t) => t === `${code}:${part}`).length <= failures) throw new Error('offline');
      return { [part]: { code } };
    },
    add: (code, messages) => (added[code] = messages),
    wanted: () => ['en', 'nl'],
    wait: async (ms) => void waits.push(ms),
  });
  return { texts, tries, waits, added };
}

describe('texts in two parts: the download tries again after a growing wait, then says so', () => {
  it('the wait doubles from the first delay and stops at the cap', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => backoffMs(attempt, { firstDelayMs: 250, maxDelayMs: 2000 }))).toEqual([250, 500, 1000, 2000, 2000]);
  });

  it('a passing failure: tried again after 250 ms, the texts of both parts are added', async () => {
    const { texts, waits, added } = setUp(1);
    await texts.allTexts();
    expect(waits).toEqual([250, 250]);
    expect(added.en).toEqual({ first: { code: 'en' }, rest: { code: 'en' } });
    expect(texts.textsComplete()).toBe(true);
  });

  it('after the last of 4 attempts: a clear error, no wait after it', async () => {
    const { texts, waits } = setUp(10);
    await expect(texts.allTexts()).rejects.toThrow('The "en" texts could not be downloaded (4 attempts).');
    // each language's own waits: 250, 500, 1000 ms (the two languages download side by side)
    expect(waits.sort((a, b) => a - b)).toEqual([250, 250, 500, 500, 1000, 1000]);
  });

  it('the shell gate suspends while loading, returns the error after the last attempt, and tries again on retry', async () => {
    const { texts } = setUp(4);
    let pending: unknown;
    try {
      texts.requireTexts();
    } catch (thrown) {
      pending = thrown;
    }
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    expect(texts.requireTexts()).toBeInstanceOf(Error);
    // the same error until the person asks again
    expect(texts.requireTexts()).toBeInstanceOf(Error);
    texts.retryTexts();
    let again: unknown;
    try {
      texts.requireTexts();
    } catch (thrown) {
      again = thrown;
    }
    await again;
    expect(texts.requireTexts()).toBeUndefined();
  });

  it('withTexts: a page resolves with its module once the texts are complete', async () => {
    const { texts, added } = setUp(0);
    const page = await texts.withTexts(async () => ({ Page: 'page' }))();
    expect(page).toEqual({ Page: 'page' });
    expect(Object.keys(added).sort()).toEqual(['en', 'nl']);
  });
});
