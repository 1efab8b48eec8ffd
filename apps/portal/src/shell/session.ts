import { useEffect } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { chooseLanguage, followPreferredLanguage } from '../i18n.js';
import { queryClient, trpc } from '../trpc.js';
import type { PortalMe } from '../api-types.js';

export type { PortalMe } from '../api-types.js';

/** Who is signed in: a parent (`kind: 'family'`), an active volunteer (`kind: 'volunteer'`), or null. */
export function useMe() {
  return useQuery({ ...trpc.portal.me.queryOptions(), staleTime: 5 * 60_000 });
}

/**
 * What the server said about the session in the page (boot.ts): signed out needs no
 * `portal.me` before the sign-in shows; signed in starts asking who, before any page code loads.
 */
export function seedSession(signedIn: boolean | null | undefined): void {
  if (signedIn === false) queryClient.setQueryData(trpc.portal.me.queryKey(), null);
  else if (signedIn === true) void queryClient.prefetchQuery({ ...trpc.portal.me.queryOptions(), staleTime: 5 * 60_000 });
}

/** After a code or link was accepted: the answer is the signed-in person. */
export function setSignedIn(me: PortalMe): void {
  // never show a family, schedule or logs fetched for someone else who used this tab before
  forgetFetched();
  queryClient.setQueryData(trpc.portal.me.queryKey(), me);
}

/** Forget everything of the signed-in person in this tab (after signing out or when the session ended). */
export function forgetSession(): void {
  forgetFetched();
  queryClient.setQueryData(trpc.portal.me.queryKey(), null);
}

/** Everything the portal fetched for the signed-in person (all `portal.*` queries but `me`). */
function forgetFetched(): void {
  const me = JSON.stringify(trpc.portal.me.queryKey());
  queryClient.removeQueries({ queryKey: trpc.portal.pathKey(), predicate: (query) => JSON.stringify(query.queryKey) !== me });
}

/**
 * The signed-in person's language: the page follows their record, unless they chose another
 * language in this visit, which is then stored as their new preference.
 */
export function useLanguageOfSignedIn() {
  const me = useMe().data;
  const setLanguage = useMutation(
    trpc.portal.setLanguage.mutationOptions({
      onSuccess: (_result, { language }) => {
        queryClient.setQueryData(trpc.portal.me.queryKey(), (old) => (old ? { ...old, preferredLanguage: language } : old));
        // the consent texts come in the person's language
        void queryClient.invalidateQueries({ queryKey: trpc.portal.family.queryKey() });
      },
    }),
  );
  const preferred = me?.preferredLanguage;
  const { mutate } = setLanguage;
  useEffect(() => {
    if (!preferred) return;
    const toStore = followPreferredLanguage(preferred);
    if (toStore) mutate({ language: toStore as NonNullable<PortalMe>['preferredLanguage'] });
  }, [preferred, mutate]);

  /** The language switch: change the page, and remember it for a signed-in person. */
  return async (code: string) => {
    await chooseLanguage(code);
    if (me && code !== me.preferredLanguage) mutate({ language: code as NonNullable<PortalMe>['preferredLanguage'] });
  };
}
