import { StaffMember, type EntityManager } from '@driehoek/db';
import { checkAccountChange, type AccountChange } from '@driehoek/domain/accounts';
import { AppError, throwIfRefused } from '../../errors/index.js';

/**
 * Loads the organisation's accounts, asks the domain whether the change may be made (ACC-1: the
 * last active admin stays; ACC-2) and returns the account to change. Another organisation's
 * account is NOT_FOUND: we do not confirm that it exists.
 */
export async function changeableAccount(em: EntityManager, organisationId: string, staffMemberId: string, change: AccountChange): Promise<StaffMember> {
  const team = await em.find(StaffMember, { organisation: organisationId, national: false });
  const target = team.find((member) => member.id === staffMemberId);
  if (!target) throw new AppError('NOT_FOUND', 'staffMemberId');
  throwIfRefused(checkAccountChange(team, staffMemberId, change));
  return target;
}
