// The browser half of locale-parts.js: an app's language file comes in two parts, the first
// page's texts before the first render and the rest right after. This keeps each language's
// download (once, with a short exponential backoff, a clear error after the last attempt) and
// the two ways a page waits for the rest: beside its code (`withTexts`, the portal's pages) or
// as a Suspense gate (`requireTexts`, the coordinator's signed-in shell).

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The wait before attempt `attempt + 1`: first, doubled each time, at most `max`. */
export function backoffMs(attempt, { firstDelayMs, maxDelayMs }) {
  return Math.min(maxDelayMs, firstDelayMs * 2 ** (attempt - 1));
}

export function localeTexts({ load, add, wanted, retry = {}, wait = sleep }) {
  const { attempts = 4, firstDelayMs = 250, maxDelayMs = 2000 } = retry;
  const loaded = new Map();
  let complete = false;
  let gate = null;

  async function download(code) {
    for (let attempt = 1; ; attempt++) {
      try {
        const [first, rest] = await Promise.all([load(code, 'first'), load(code, 'rest')]);
        return { ...first, ...rest };
      } catch (cause) {
        if (attempt >= attempts) throw new Error(`The "${code}" texts could not be downloaded (${attempts} attempts).`, { cause });
        await wait(backoffMs(attempt, { firstDelayMs, maxDelayMs }));
      }
    }
  }

  /** Both parts of a language's texts, each once; after a failure, the next call starts over. */
  function ensureLoaded(code) {
    let done = loaded.get(code);
    if (!done) {
      done = download(code).then((messages) => add(code, messages));
      done.catch(() => loaded.delete(code));
      loaded.set(code, done);
    }
    return done;
  }

  /** Resolves when the wanted languages' texts (the current one and the fallback) are complete. */
  function allTexts() {
    return Promise.all(wanted().map(ensureLoaded)).then(() => {
      complete = true;
    });
  }

  /** A page's loader that resolves with its module once the texts are complete too. */
  const withTexts = (loadPage) => () => Promise.all([loadPage(), allTexts()]).then(([module]) => module);

  /**
   * For a component under Suspense: returns nothing once the texts are complete, suspends while
   * they download, and returns the error after the last attempt failed (until `retryTexts()`).
   */
  function requireTexts() {
    if (complete) return undefined;
    if (!gate) {
      const current = { error: undefined, promise: undefined };
      current.promise = allTexts().catch((error) => {
        current.error = error;
      });
      gate = current;
    }
    if (gate.error) return gate.error;
    throw gate.promise;
  }

  /** After a failure: the next `requireTexts()` downloads again. */
  function retryTexts() {
    if (gate?.error) gate = null;
  }

  return { ensureLoaded, allTexts, withTexts, requireTexts, retryTexts, textsComplete: () => complete };
}
