import { LockMode, Organisation, StaffMember, type EntityManager } from '@driehoek/db';
import { checkAccountChange, type AccountChange } from '@driehoek/domain/accounts';
import { AppError, throwIfRefused } from '../../errors/index.js';

/**
 * Loads the organisation's accounts, asks the domain whether the change may be made (ACC-1: the
 * last active admin stays; ACC-2) and returns the account to change. Another organisation's
 * account is NOT_FOUND: we do not confirm that it exists.
 *
 * Call it inside a transaction (`em` a transaction's) and make the change in the same one: it
 * first locks the organisation's row (SELECT … FOR UPDATE on PostgreSQL; SQLite runs one writer at
 * a time), so two admins demoting or deactivating each other at the same moment are checked one
 * after the other, and the second sees the first's change: never both pass and leave no admin.
 */
export async function changeableAccount(em: EntityManager, organisationId: string, staffMemberId: string, change: AccountChange): Promise<StaffMember> {
  await em.findOne(Organisation, { id: organisationId }, { lockMode: LockMode.PESSIMISTIC_WRITE, fields: ['id'] });
  const team = await em.find(StaffMember, { organisation: organisationId, national: false }, { refresh: true });
  const target = team.find((member) => member.id === staffMemberId);
  if (!target) throw new AppError('NOT_FOUND', 'staffMemberId');
  throwIfRefused(checkAccountChange(team, staffMemberId, change));
  return target;
}
