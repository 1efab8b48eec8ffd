import type { StaffMember } from '@driehoek/db';
import { me as meOutput, type Me } from '@driehoek/contracts/auth';
import { publicProcedure, currentActor, staffRoleOf } from '../../trpc/index.js';

/** The signed-in staff member as the coordinator app knows them (the login's answer: the same role as `me`'s, so a national administrator lands on the roll-up). */
export function meOf(staff: StaffMember): NonNullable<Me> {
  return {
    id: staff.id,
    name: staff.name,
    email: staff.email,
    role: staffRoleOf(staff),
    organisation: { id: staff.organisation.id, name: staff.organisation.name },
    school: staff.school ? { id: staff.school.id, name: staff.school.name } : null,
  };
}

/** Who is signed in, or null: lets the app choose between the login page and the work. */
export const me = publicProcedure.output(meOutput).query(async ({ ctx }) => {
  const actor = await currentActor(ctx);
  if (!actor) return null;
  return {
    id: actor.id,
    name: actor.name,
    email: actor.email,
    role: actor.role,
    organisation: { id: actor.organisationId, name: actor.organisationName },
    school: actor.schoolId && actor.schoolName ? { id: actor.schoolId, name: actor.schoolName } : null,
  };
});
