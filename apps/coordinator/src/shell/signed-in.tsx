import { createContext, useContext, type ReactNode } from 'react';
import type { Me } from '../api-types';

export type SignedIn = NonNullable<Me>;

const SignedInContext = createContext<SignedIn | null>(null);

/** Gives the pages who is signed in (the app renders them only then). */
export function SignedInProvider({ me, children }: { me: SignedIn; children: ReactNode }) {
  return <SignedInContext.Provider value={me}>{children}</SignedInContext.Provider>;
}

export function useSignedIn(): SignedIn {
  const me = useContext(SignedInContext);
  if (!me) throw new Error('useSignedIn outside the signed-in pages');
  return me;
}

/** A school mentor works for one school: their pupils and nominations only, never case notes or programme settings. */
export function isSchoolMentor(me: SignedIn): boolean {
  return me.role === 'schoolMentor';
}

/** An admin runs the organisation itself: its settings (name, logo, contact details, sender name), its privacy operations and audit log. */
export function isAdmin(me: SignedIn): boolean {
  return me.role === 'admin';
}

/** A national administrator sees the figures of the national organisation's regions added up, and nothing else. */
export function isNationalAdmin(me: SignedIn): boolean {
  return me.role === 'nationalAdmin';
}
