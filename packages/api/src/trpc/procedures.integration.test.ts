import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffMember } from '@driehoek/db';
import { hashPassword } from '../auth/password.js';
import { AppError } from '../errors/index.js';
import { createCallerFactory, router } from './init.js';
import { createContext } from './context.js';
import { adminProcedure, coordinatorProcedure, publicProcedure, staffProcedure } from './procedures.js';
import { createOrganisation, openTestWorld, PASSWORD, signedIn, type TestWorld } from '../testing/harness.js';

/** One query per staff builder, answering with the role it let through. */
const probe = router({
  public: publicProcedure.query(() => 'anyone'),
  staff: staffProcedure.query(({ ctx }) => ctx.actor.role),
  coordinator: coordinatorProcedure.query(({ ctx }) => ctx.actor.role),
  admin: adminProcedure.query(({ ctx }) => ctx.actor.role),
});

let world: TestWorld;
let org: Awaited<ReturnType<typeof createOrganisation>>;
beforeAll(async () => {
  world = await openTestWorld();
  org = await createOrganisation(world, 'Builders');
  const em = world.orm.em.fork();
  em.create(StaffMember, { organisation: org.organisationId, name: 'Builders admin', email: 'admin@builders.example', passwordHash: await hashPassword(PASSWORD), role: 'admin' });
  await em.flush();
});
afterAll(() => world.close());

/** The probe router, called with the cookies of a browser signed in as `email` (or of nobody). */
async function probeAs(email?: string) {
  const cookies = email ? Object.fromEntries((await signedIn(world, email)).cookies) : {};
  return createCallerFactory(probe)(() => createContext(world.services, { ip: '10.9.9.9', cookies, setCookie() {}, clearCookie() {} }));
}

/** The domain code a call was refused with. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).domainCode;
}

describe('procedure builders admit whom their names say', () => {
  it('publicProcedure admits anyone; the staff builders refuse someone not signed in', async () => {
    const anonymous = await probeAs();
    await expect(anonymous.public()).resolves.toBe('anyone');
    for (const call of [anonymous.staff, anonymous.coordinator, anonymous.admin]) expect(await refusal(call())).toBe('AUTH.NOT_SIGNED_IN');
  });

  it('staffProcedure admits a school mentor; coordinatorProcedure and adminProcedure refuse them', async () => {
    const mentor = await probeAs(org.schoolMentorEmail);
    await expect(mentor.staff()).resolves.toBe('schoolMentor');
    expect(await refusal(mentor.coordinator())).toBe('AUTH.FORBIDDEN');
    expect(await refusal(mentor.admin())).toBe('AUTH.FORBIDDEN');
  });

  it('coordinatorProcedure admits a coordinator; adminProcedure refuses them', async () => {
    const coordinator = await probeAs(org.email);
    await expect(coordinator.staff()).resolves.toBe('coordinator');
    await expect(coordinator.coordinator()).resolves.toBe('coordinator');
    expect(await refusal(coordinator.admin())).toBe('AUTH.FORBIDDEN');
  });

  it('an admin passes every staff builder', async () => {
    const admin = await probeAs('admin@builders.example');
    await expect(admin.staff()).resolves.toBe('admin');
    await expect(admin.coordinator()).resolves.toBe('admin');
    await expect(admin.admin()).resolves.toBe('admin');
  });
});
