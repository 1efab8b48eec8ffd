/**
 * The organisation's staff accounts and what an admin may change about them.
 *
 * ACC-1: an organisation always keeps at least one active admin. Without one nobody can invite a
 * colleague, change a role or reactivate an account, and the organisation is locked out of its
 * own team; so the last active admin can be neither demoted nor deactivated (also not by
 * themselves). Another admin must be appointed first.
 *
 * ACC-2: a school mentor's account belongs to one school and sees only its pupils; it does not
 * become a coordinator or admin (who see every record) by a change of role, nor does a
 * coordinator or admin become a school mentor: that is a new invitation, for a school.
 */
import { refuse, type Refusal } from '../result.js';
import type { Codes } from '../codes.js';

export const ACCOUNT_ROLES = ['coordinator', 'admin', 'schoolMentor'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** One account of the team, as the rules see it. */
export interface TeamAccount {
  readonly id: string;
  readonly role: AccountRole;
  readonly active: boolean;
}

export type AccountChange =
  | { readonly kind: 'changeRole'; readonly role: AccountRole }
  | { readonly kind: 'deactivate' }
  | { readonly kind: 'reactivate' };

export type AccountChangeRefusal = Codes<'ACCOUNT.LAST_ADMIN' | 'ACCOUNT.SCHOOL_MENTOR_ROLE_FIXED' | 'ACCOUNT.NOT_IN_TEAM'>;

/** The team after the change, for ACC-1's count. */
function applied(team: readonly TeamAccount[], targetId: string, change: AccountChange): TeamAccount[] {
  return team.map((account) => {
    if (account.id !== targetId) return account;
    if (change.kind === 'changeRole') return { ...account, role: change.role };
    return { ...account, active: change.kind === 'reactivate' };
  });
}

const activeAdmins = (team: readonly TeamAccount[]): number => team.filter((account) => account.active && account.role === 'admin').length;

/**
 * May this change be made to the account `targetId` of `team` (the organisation's accounts)?
 * `null` when it may; otherwise ACC-1 (`ACCOUNT.LAST_ADMIN`: the change would leave no active
 * admin), ACC-2 (`ACCOUNT.SCHOOL_MENTOR_ROLE_FIXED` on `role`) or `ACCOUNT.NOT_IN_TEAM`.
 */
export function checkAccountChange(team: readonly TeamAccount[], targetId: string, change: AccountChange): Refusal<AccountChangeRefusal> | null {
  const target = team.find((account) => account.id === targetId);
  if (!target) return refuse('ACCOUNT.NOT_IN_TEAM');
  if (change.kind === 'changeRole' && change.role !== target.role && (change.role === 'schoolMentor' || target.role === 'schoolMentor')) {
    return refuse('ACCOUNT.SCHOOL_MENTOR_ROLE_FIXED', 'role');
  }
  if (activeAdmins(team) > 0 && activeAdmins(applied(team, targetId, change)) === 0) return refuse('ACCOUNT.LAST_ADMIN');
  return null;
}
