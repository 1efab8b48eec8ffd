import { useSyncExternalStore } from 'react';
import { useQueryClient, type MutationCache } from '@tanstack/react-query';

type Counter = { value: number; listeners: Set<() => void> };
const counters = new WeakMap<MutationCache, Counter>();

/** One subscription per cache counts the successful saves, however many forms read it. */
function counterOf(cache: MutationCache): Counter {
  let counter = counters.get(cache);
  if (!counter) {
    const created: Counter = { value: 0, listeners: new Set() };
    cache.subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      created.value += 1;
      for (const listener of created.listeners) listener();
    });
    counters.set(cache, created);
    counter = created;
  }
  return counter;
}

/**
 * How many saves (mutations) have succeeded in this app so far. A form's "not saved" message
 * compares it with the count when the message appeared: once a later step is saved, the old
 * message is out of date and goes.
 */
export function useSuccessfulSaves(): number {
  const counter = counterOf(useQueryClient().getMutationCache());
  return useSyncExternalStore(
    (onChange) => {
      counter.listeners.add(onChange);
      return () => counter.listeners.delete(onChange);
    },
    () => counter.value,
  );
}
