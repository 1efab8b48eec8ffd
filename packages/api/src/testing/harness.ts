/**
 * The integration-test harness: a real database (SQLite in memory, or PostgreSQL when
 * TEST_DATABASE_URL is a postgres:// URL, in a fresh database per test file), the real router
 * called through `createCaller`, a fixed clock, and a cookie jar per "browser".
 */
import { Consent, DEMO_LOGINS, OutboxMessage, StaffMember, seedDemo, Organisation, Programme, School, createScratchDatabase, fixedClock, openDatabase, parseDatabaseUrl, parseInstant, type DatabaseTarget, type EntityManager, type Orm } from '@driehoek/db';
import { addDays, addMonths } from '@driehoek/domain/calendar';
import { programmeSettingsFromTemplate, type ProgrammeTemplateKey } from '@driehoek/domain/programme';
import type { ApplyInput } from '@driehoek/contracts/application';
import type { NominatePupilInput } from '@driehoek/contracts/pupils';
import { appRouter } from '../router.js';
import { createCallerFactory } from '../trpc/index.js';
import { createContext, PORTAL_SESSION_COOKIE, SESSION_COOKIE, type RequestInfo, type Services } from '../trpc/context.js';
import { AppError } from '../errors/index.js';
import { databaseSessionStore } from '../auth/sessions.js';
import { createLoginLimiter } from '../auth/rate-limit.js';
import { createPublicLimiter } from '../auth/public-limits.js';
import { hashPassword } from '../auth/password.js';
import { offlineGeocoder } from '../geocoding/offline.js';
import { consentNotice } from '../features/consent/index.js';
import { amsterdamDateOf } from '../clock/index.js';

/**
 * The instant every integration test runs at: `DRIEHOEK_NOW` when set (CI runs the suite at a
 * list of awkward instants), otherwise a fixed Monday morning. Tests build their dates relative
 * to `TODAY`, so they pass at every instant.
 */
export const NOW = parseInstant(process.env.DRIEHOEK_NOW ?? '2026-11-23T10:00:00+01:00');
/** The calendar date of `NOW` in Europe/Amsterdam. */
export const TODAY = amsterdamDateOf(NOW);
/** A date relative to `TODAY`: `day(-10)` is ten days ago. */
export const day = (offset: number) => addDays(TODAY, offset);

const createCaller = createCallerFactory(appRouter);

export interface TestWorld {
  readonly orm: Orm;
  readonly services: Services;
  readonly dialect: DatabaseTarget['dialect'];
  /** A fresh "browser": its own cookie jar and client address; `clock` lets its requests happen later than the world's now. */
  browser(ip?: string, clock?: Services['clock']): ReturnType<typeof createCaller> & { cookies: Map<string, string> };
  close(): Promise<void>;
}

/** Opens a fresh database for one test file. */
export async function openTestWorld(): Promise<TestWorld> {
  const url = process.env.TEST_DATABASE_URL;
  let target: DatabaseTarget = { dialect: 'sqlite', location: ':memory:' };
  let dropDatabase = async () => {};
  if (url && parseDatabaseUrl(url).dialect === 'postgresql') {
    const scratch = await createScratchDatabase(url, 'driehoek_test');
    target = { dialect: 'postgresql', location: scratch.url };
    dropDatabase = scratch.drop;
  }
  const clock = fixedClock(NOW);
  const orm = await openDatabase(target, { clock });
  const loginLimiter = await createLoginLimiter(target);
  const publicLimits = await createPublicLimiter(target);
  const services: Services = {
    orm,
    sessions: databaseSessionStore(() => orm.em.fork()),
    loginLimiter,
    publicLimits,
    clock,
    log: { info() {}, warn() {}, error() {} },
    publicUrl: 'http://driehoek.test',
    geocoder: offlineGeocoder,
    secureCookies: false,
    evaluationKeySecret: 'integration-test evaluation key, never used elsewhere',
  };
  let clients = 0;
  return {
    orm,
    services,
    dialect: target.dialect,
    browser(ip = `10.0.0.${++clients}`, clock = services.clock) {
      const cookies = new Map<string, string>();
      const request: RequestInfo = {
        ip,
        get cookies() {
          return Object.fromEntries(cookies);
        },
        setCookie: (name, value) => void cookies.set(name, value),
        clearCookie: (name) => void cookies.delete(name),
      };
      const caller = createCaller(() => createContext({ ...services, clock }, request));
      // The caller is itself a proxy of procedure paths, so the jar is added by a proxy too.
      return new Proxy(caller, { get: (target, key) => (key === 'cookies' ? cookies : Reflect.get(target, key)) }) as typeof caller & {
        cookies: Map<string, string>;
      };
    },
    async close() {
      await loginLimiter.close();
      await publicLimits.close();
      await orm.close(true);
      await dropDatabase();
    },
  };
}

export const PASSWORD = 'correct horse battery staple';

/** An organisation with one programme of the given template, one school, a coordinator and a school mentor. */
export async function createOrganisation(world: TestWorld, name: string, template: ProgrammeTemplateKey = 'schoolsCool') {
  const em = world.orm.em.fork();
  const organisation = em.create(Organisation, { name });
  const programme = em.create(Programme, {
    organisation,
    name: `${name} programme`,
    template,
    settings: programmeSettingsFromTemplate(template),
  });
  const slug = name.toLowerCase().replace(/[^a-z]/g, '');
  const email = `coordinator@${slug}.example`;
  const school = em.create(School, { organisation, name: `${name} school`, city: 'Utrecht' });
  const schoolMentorEmail = `mentor@${slug}.example`;
  const passwordHash = await hashPassword(PASSWORD);
  em.create(StaffMember, { organisation, name: `${name} coordinator`, email, passwordHash });
  em.create(StaffMember, { organisation, school, name: `${name} school mentor`, email: schoolMentorEmail, passwordHash, role: 'schoolMentor' });
  await em.flush();
  return { organisationId: organisation.id, programmeId: programme.id, schoolId: school.id, email, schoolMentorEmail };
}

/** A browser signed in as that organisation's coordinator. */
export async function signedIn(world: TestWorld, email: string) {
  const browser = world.browser();
  await browser.auth.login({ email, password: PASSWORD });
  if (!browser.cookies.has(SESSION_COOKIE)) throw new Error('login set no session cookie');
  return browser;
}

/** An organisation with an admin besides its coordinator, and both signed in. */
export async function organisationWithAdmin(world: TestWorld, name: string) {
  const org = await createOrganisation(world, name);
  const em = world.orm.em.fork();
  const adminEmail = `admin@${name.toLowerCase().replace(/[^a-z]/g, '')}.example`;
  const admin = em.create(StaffMember, { organisation: org.organisationId, name: `${name} admin`, email: adminEmail, passwordHash: await hashPassword(PASSWORD), role: 'admin' });
  await em.flush();
  return { ...org, adminId: admin.id, adminEmail, admin: await signedIn(world, adminEmail), coordinator: await signedIn(world, org.email) };
}

/** The signed-in staff member re-enters their password: a confirmation for one export or erasure. */
export async function confirmation(browser: Awaited<ReturnType<typeof signedIn>>, password = PASSWORD): Promise<string> {
  return (await browser.auth.confirmPassword({ password })).confirmation;
}

/** A valid application as the public form sends it. */
export function application(programmeId: string, overrides: Partial<Record<keyof ApplyInput, unknown>> = {}): ApplyInput {
  return {
    programmeId,
    firstName: 'Sanne',
    lastName: 'de Vries',
    email: 'sanne.devries@example.org',
    phone: '06 12345678',
    postcode: '6901ab',
    birthDate: addMonths(TODAY, -12 * 36 - 7),
    languages: ['nl', 'en'],
    availability: [{ day: 'tuesday', part: 'evening' }],
    motivation: 'Ik help graag een brugklasser met plannen.',
    gender: 'female',
    skills: ['planning', 'homework'],
    capacity: 1,
    channel: 'employer',
    employer: 'Gemeente Zevenaar',
    privacyConsent: true,
    privacyTextVersion: '2026-11',
    locale: 'nl',
    ...overrides,
  } as ApplyInput;
}

/** The id of the only applicant of a programme (most tests apply once). */
export async function onlyApplicantId(coordinator: Awaited<ReturnType<typeof signedIn>>, programmeId: string): Promise<string> {
  const { items } = await coordinator.applicants.list({ programmeId });
  if (items.length !== 1) throw new Error(`expected one applicant, found ${items.length}`);
  return items[0]!.id;
}

/** A nomination as the school mentor's form sends it: one pupil of 13 with one parent. */
export function nomination(org: { programmeId: string; schoolId: string }, overrides: Partial<NominatePupilInput> = {}): NominatePupilInput {
  return {
    programmeId: org.programmeId,
    schoolId: org.schoolId,
    firstName: 'Amira',
    lastName: 'Benali',
    birthDate: addMonths(TODAY, -12 * 13 - 9),
    schoolYear: 'Brugklas',
    vulnerabilityReasons: ['parentsDoNotSpeakDutch'],
    helpRequest: 'Er is niemand thuis aan wie ze hulp kan vragen over haar werk.',
    homeLanguages: ['ar'],
    postcode: '3541 AB',
    family: [
      { role: 'parent', firstName: 'Samira', lastName: 'Benali', email: 'samira@example.org', phone: '06 22334455', preferredLanguage: 'ar', readsDutch: false, hasParentalAuthority: true },
    ],
    ...overrides,
  };
}

/** The six-digit code from the newest portal sign-in e-mail to an address. */
export async function portalCodeFromMail(world: TestWorld, to: string): Promise<string> {
  const [mail] = await world.orm.em.fork().find(OutboxMessage, { to }, { orderBy: { createdAt: 'desc' }, limit: 1 });
  const code = /(\d{6})/.exec(mail?.text ?? '')?.[1];
  if (!code) throw new Error(`no sign-in code mailed to ${to}`);
  return code;
}

/** A portal browser signed in with the one-time code e-mailed to an address. */
export async function portalSignedIn(world: TestWorld, email: string) {
  const browser = world.browser();
  await browser.portal.requestCode({ email, language: 'nl' });
  await browser.portal.verifyCode({ email, code: await portalCodeFromMail(world, email) });
  if (!browser.cookies.has(PORTAL_SESSION_COOKIE)) throw new Error(`portal sign-in of ${email} set no session cookie`);
  return browser;
}

/** What a call ends in: 'ok', or the domain code of the AppError it threw. */
export const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.domainCode : String(e)));

/** A test world filled with the demo data, as `npm start` makes it. */
export async function openDemoWorld(): Promise<TestWorld> {
  const world = await openTestWorld();
  await seedDemo(world.orm, { today: TODAY, hashPassword, locate: (postcode) => offlineGeocoder.locate(postcode), notice: consentNotice });
  return world;
}

/** The password of one of the demo logins. */
export const demoPassword = (email: (typeof DEMO_LOGINS)[number]['email']): string => DEMO_LOGINS.find((l) => l.email === email)!.password;

/** A browser signed in with one of the demo logins. */
export async function demoSignedIn(world: TestWorld, email: (typeof DEMO_LOGINS)[number]['email']) {
  const browser = world.browser();
  const login = DEMO_LOGINS.find((l) => l.email === email)!;
  await browser.auth.login({ email: login.email, password: login.password });
  if (!browser.cookies.has(SESSION_COOKIE)) throw new Error(`demo login ${email} set no session cookie`);
  return browser;
}

/** A consent row as the consent feature writes it, given on `decidedOn` by the pupil's parent. */
export function givenConsent(em: EntityManager, organisationId: string, pupilId: string, giverPersonId: string, decidedOn: string) {
  return em.create(Consent, {
    organisation: organisationId,
    pupil: pupilId,
    purpose: 'mentoring',
    dataCategories: ['contact'],
    recipients: ['volunteer'],
    giverPersonId,
    giverRole: 'parentWithAuthority',
    legalBasisGiver: 'guardian',
    pupilAgeAtConsent: 12,
    authorityVerificationMethod: null,
    authorityVerifiedBy: null,
    authorityVerifiedOn: null,
    noticeVersionId: 'notice-1',
    noticeContentHash: 'h'.repeat(64),
    noticeLanguage: 'nl',
    noticeChildFriendly: false,
    affirmativeAction: true,
    decision: 'given',
    decidedOn,
    method: 'paper',
    recordedById: 'x',
    recordedByRole: 'coordinator',
    recordedByName: 'Coordinator',
    evidence: null,
    status: 'given',
    withdrawnOn: null,
    withdrawnById: null,
    withdrawnByRole: null,
    withdrawalChannel: null,
    withdrawalReason: null,
    reconfirmationDueOn: null,
    supersedesConsentId: null,
  });
}
