import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckIn, FamilyMember, Match, MeetingLog, OutboxMessage, Pupil, StaffMember, fixedClock, OUTBOX_PRIORITY } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import { hashPassword } from '../../auth/password.js';
import { NOW, PASSWORD, TODAY, day, demoSignedIn, openDemoWorld, portalSignedIn as portalSignedInTo, signedIn, type TestWorld } from '../../testing/harness.js';
import { escalateConcernAlerts } from './index.js';

let world: TestWorld;
const BRAM = 'bram@schoolscool.example';
const LINA_PUPIL = 'lina@example.org';

beforeAll(async () => {
  world = await openDemoWorld();
  const em = world.orm.em.fork();
  const fatima = await em.findOneOrFail(StaffMember, { email: 'coordinator@schoolscool.example' }, { populate: ['organisation'] });
  // A second coordinator of De Liemers who is not on the case.
  em.create(StaffMember, { organisation: fatima.organisation, name: 'Bram Peters', email: BRAM, passwordHash: await hashPassword(PASSWORD) });
  // Lina herself, with a portal account of the family.
  const lina = await em.findOneOrFail(Pupil, { firstName: 'Lina' });
  em.create(FamilyMember, { organisation: fatima.organisation, pupil: lina, role: 'relative', firstName: 'Lina', lastName: 'Haddad', email: LINA_PUPIL, phone: null, preferredLanguage: 'nl', readsDutch: true, hasParentalAuthority: false, isMentee: true });
  await em.flush();
});
afterAll(async () => {
  await world?.close();
});

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.domainCode : String(e)));

const portalSignedIn = (email: string) => portalSignedInTo(world, email);

const worry = { facts: 'Lina zei: "Papa slaat me als ik mijn huiswerk niet af heb." Ze had een blauwe plek op haar arm.', observedOn: TODAY, acuteDanger: true, disclosure: true } as const;

let concernId = '';
let linaMatchId = '';

describe('a volunteer raises a concern (SAF-1, SAF-3)', () => {
  it('SAF-1, SAF-3: from a running match with the minimum; the screen says 112 and Veilig Thuis, the coordinator and the lead get an urgent e-mail at once', async () => {
    const iris = await portalSignedIn('iris.vandijk@example.org');
    const [match] = await iris.portal.myMatches();
    linaMatchId = match!.matchId;
    expect(await codeOf(iris.concerns.raise({ ...worry, matchId: linaMatchId, acuteDanger: null }))).toBe('SAFEGUARDING.ACUTE_DANGER_UNANSWERED');
    expect(await codeOf(iris.concerns.raise({ ...worry, matchId: linaMatchId, observedOn: day(1) }))).toBe('SAFEGUARDING.OBSERVED_IN_FUTURE');
    const raised = await iris.concerns.raise({ ...worry, matchId: linaMatchId });
    concernId = raised.concernId;
    expect(raised).toMatchObject({ urgency: 'acute', callNow: ['veiligThuis', 'emergency112'], lines: { emergency112: '112', veiligThuis: '0800-2000' }, alertsSentAtOnce: true });
    const alerts = await world.orm.em.fork().find(OutboxMessage, { subject: { $like: 'DRINGEND%' } });
    expect(alerts.map((mail) => mail.to).sort()).toEqual(['admin@schoolscool.example', 'coordinator@schoolscool.example']);
    expect(alerts.every((mail) => mail.priority === OUTBOX_PRIORITY.urgent)).toBe(true);
    // No name and no fact of the child in an e-mail.
    expect(alerts.some((mail) => /Lina|slaat/.test(mail.text + mail.subject))).toBe(false);
  });

  it('SAF-2: the reporter reads only their own report, may add to it, and may not take any step', async () => {
    const iris = await portalSignedIn('iris.vandijk@example.org');
    const own = await iris.concerns.get({ concernId });
    expect(own).toMatchObject({ access: 'ownReport', pupilFirstName: 'Lina', entries: [{ kind: 'reported', facts: worry.facts, interpretation: null }] });
    const after = await iris.concerns.addendum({ concernId, interpretation: 'Ik denk dat ze bang is om naar huis te gaan.' });
    expect(after.access).toBe('ownReport');
    if (after.access !== 'ownReport') return;
    // The alerts and everything else the case team records stay out of the reporter's view.
    expect(after.entries.map((entry) => entry.kind)).toEqual(['reported', 'addendum']);
    expect(after.entries[1]).toMatchObject({ facts: null, interpretation: 'Ik denk dat ze bang is om naar huis te gaan.' });
    expect(await codeOf(iris.concerns.acknowledge({ concernId }))).toBe('SAFEGUARDING.NOT_ALLOWED');
    const mine = await iris.concerns.list({});
    expect(mine.queue).toEqual([]);
    expect(mine.own.map((item) => item.id)).toEqual([concernId]);
  });

  it('SAF-12: facts and interpretation are stored apart, and every entry is a new version', async () => {
    const rows: { version: number; kind: string; facts: string | null; interpretation: string | null }[] = await world.orm.em
      .fork()
      .getConnection()
      .execute(`select version, kind, facts, interpretation from concern_entry where concern_id = ? order by version`, [concernId]);
    const kinds = rows.map((row) => row.kind);
    expect(kinds[0]).toBe('reported');
    expect(kinds).toContain('alertSent');
    expect(kinds.at(-1)).toBe('addendum');
    expect(rows[0]).toMatchObject({ facts: worry.facts, interpretation: null });
    expect(rows.map((row) => Number(row.version))).toEqual(rows.map((_, i) => i + 1));
  });
});

describe('the case team (SAF-4…SAF-15)', () => {
  it('SAF-15: the queue shows the acute concern first with its timers', async () => {
    const fatima = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const { queue } = await fatima.concerns.list({});
    expect(queue[0]).toMatchObject({ id: concernId, acuteDanger: true, acknowledged: false, status: 'submitted', pupil: { name: 'Lina Haddad' } });
    expect(queue[0]!.timers.open.map((timer) => timer.kind)).toEqual(expect.arrayContaining(['acknowledgement', 'authorityContact', 'decision']));
    // Vandaag: the same concern, typed with why it is there.
    const today = await fatima.attention.list({});
    expect(today.concerns.find((item) => item.concernId === concernId)).toMatchObject({ pupilName: 'Lina Haddad', reason: { kind: 'acuteNotAcknowledged' } });
  });

  it('SAF-4: in acute danger the authorities come before the board; the acute path ends with the contact recorded before board consultation', async () => {
    const fatima = await demoSignedIn(world, 'coordinator@schoolscool.example');
    let view = await fatima.concerns.acknowledge({ concernId });
    expect(view).toMatchObject({ access: 'full', status: 'acknowledged', acknowledged: true });
    expect(await codeOf(fatima.concerns.acknowledge({ concernId }))).toBe('SAFEGUARDING.ALREADY_ACKNOWLEDGED');
    // SAF-6: no step is skipped.
    expect(await codeOf(fatima.concerns.record({ concernId, step: { kind: 'assessed', answers: { q1: { answer: 'yes', rationale: 'Onthulling' } } } }))).toBe('SAFEGUARDING.STEP_OUT_OF_ORDER');
    view = await fatima.concerns.record({ concernId, step: { kind: 'signalsMapped', summary: 'Onthulling van fysiek geweld, blauwe plek.' } });
    view = await fatima.concerns.record({
      concernId,
      step: { kind: 'consulted', consultation: { type: 'veiligThuisAdvice', who: 'Veilig Thuis Gelderland-Midden', on: TODAY, identifiableDataShared: false, adviceSummary: 'Melden.' } },
    });
    view = await fatima.concerns.record({ concernId, step: { kind: 'conversationSkipped', reason: 'safetyOfChild', explanation: 'Een gesprek met vader brengt Lina in gevaar.' } });
    view = await fatima.concerns.record({
      concernId,
      step: { kind: 'assessed', answers: { q1: { answer: 'yes', rationale: 'Onthulling van slaan.' }, q2: { answer: 'yes', rationale: 'Acuut: het kind is bang om naar huis te gaan.' } } },
    });
    expect(view.access === 'full' && view.acuteGateOpen).toBe(false);
    expect(await codeOf(fatima.concerns.record({ concernId, step: { kind: 'boardConsulted', participants: ['Joost de Vries'], summary: 'Besproken.' } }))).toBe('SAFEGUARDING.AUTHORITY_CONTACT_REQUIRED');
    view = await fatima.concerns.record({
      concernId,
      step: {
        kind: 'authorityContacted',
        contact: { type: 'veiligThuisReport', contactedAt: NOW.toISOString().slice(0, 19) + 'Z', contactedBy: 'Fatima El Amrani', reference: 'VT-2026-0412', summaryShared: 'Onthulling en blauwe plek.', parentsInformed: { informed: false, reason: 'safetyOfChild', explanation: 'Vader is de pleger.' } },
      },
    });
    expect(view.access === 'full' && view.acuteGateOpen).toBe(true);
    view = await fatima.concerns.record({ concernId, step: { kind: 'boardConsulted', participants: ['Joost de Vries'], summary: 'Melding gedaan; vervolg afgesproken.' } });
    if (view.access !== 'full') throw new Error('expected the case');
    const order = view.statusHistory.map((change) => change.to);
    expect(order).toEqual(['submitted', 'acknowledged', 'signalsMapped', 'consulted', 'conversationDone', 'assessed', 'boardConsulted']);
    expect(view.authorityContacts[0]).toMatchObject({ type: 'veiligThuisReport', reference: 'VT-2026-0412' });
  });

  it('SAF-5, SAF-7: a decision that contradicts the afwegingskader is refused; one that follows it is recorded with a follow-up date', async () => {
    const fatima = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const monitorOnly = { kind: 'decided' as const, decision: { outcomes: ['monitor' as const], rationale: 'Eerst afwachten.', followUpOn: day(14) } };
    expect(await codeOf(fatima.concerns.record({ concernId, step: monitorOnly }))).toBe('SAFEGUARDING.REPORT_REQUIRED_UNSAFETY');
    const view = await fatima.concerns.record({ concernId, step: { kind: 'decided', decision: { outcomes: ['reportVeiligThuis', 'monitor'], rationale: 'Meldnorm 1: acute onveiligheid.', followUpOn: day(14) } } });
    expect(view).toMatchObject({ status: 'decided', decision: { outcomes: ['reportVeiligThuis', 'monitor'], followUpOn: day(14) } });
  });

  it('SAF-13: the case shows the pupil\'s chronology; SAF-12: a stale version is refused', async () => {
    const joost = await demoSignedIn(world, 'admin@schoolscool.example');
    const view = await joost.concerns.get({ concernId });
    if (view.access !== 'full') throw new Error('the lead reads the whole case');
    expect(view.chronology.items.length).toBe(view.version);
    expect(view.facts[0]!.by.name).toBe('Iris van Dijk');
    expect(view.interpretations.map((item) => item.text)).toEqual(['Ik denk dat ze bang is om naar huis te gaan.']);
    expect(await codeOf(joost.concerns.addendum({ concernId, expectedVersion: 1, facts: 'Later gehoord.' }))).toBe('SAFEGUARDING.VERSION_CONFLICT');
  });
});

describe('SAF-10: nobody else sees a trace of a concern', () => {
  type Browser = ReturnType<TestWorld['browser']>;
  const outsiders: [string, () => Promise<Browser>][] = [
    ['parent', () => portalSignedIn('nadia.haddad@example.org')],
    ['pupil', () => portalSignedIn(LINA_PUPIL)],
    ['other volunteer', () => portalSignedIn('lotte.visser@example.org')],
    ['school mentor', () => demoSignedIn(world, 'mentor@academie-tien.example')],
    ['coordinator not on the case', () => signedIn(world, BRAM)],
    ['coordinator of another organisation', () => demoSignedIn(world, 'coordinator@utrecht.example')],
  ];
  const procedures: [string, (browser: Browser) => Promise<unknown>][] = [
    ['get', (b) => b.concerns.get({ concernId })],
    ['addendum', (b) => b.concerns.addendum({ concernId, facts: 'x' })],
    ['acknowledge', (b) => b.concerns.acknowledge({ concernId })],
    ['record', (b) => b.concerns.record({ concernId, step: { kind: 'closed', reason: 'x' } })],
  ];

  for (const [role, signIn] of outsiders) {
    it(`${role}: NOT_FOUND from every concern procedure`, async () => {
      const browser = await signIn();
      for (const [name, call] of procedures) expect([name, await codeOf(call(browser))]).toEqual([name, 'NOT_FOUND']);
      const staffOrVolunteer = role === 'other volunteer' || role.startsWith('coordinator');
      // A volunteer can only report from a running match of their own; another organisation's match is not there.
      const raise = await codeOf(browser.concerns.raise({ ...worry, matchId: linaMatchId }));
      if (role === 'coordinator not on the case') expect(raise).toBe('ok');
      else expect(raise).toBe('NOT_FOUND');
      const list = await codeOf(browser.concerns.list({}));
      if (!staffOrVolunteer) expect(list).toBe('NOT_FOUND');
      else expect(JSON.stringify(await browser.concerns.list({}))).not.toContain(concernId);
    });
  }

  it('no portal page, match page or attention list gives a concern, a count or a flag to them', async () => {
    const parent = await portalSignedIn('nadia.haddad@example.org');
    expect(JSON.stringify(await parent.portal.family())).not.toMatch(/concern/i);
    const lotte = await portalSignedIn('lotte.visser@example.org');
    expect(JSON.stringify(await lotte.portal.myMatches())).not.toMatch(/concern/i);
    const iris = await portalSignedIn('iris.vandijk@example.org');
    expect(JSON.stringify(await iris.portal.myMatches())).not.toMatch(/concern/i);
    const bram = await signedIn(world, BRAM);
    expect(JSON.stringify(await bram.matches.get({ matchId: linaMatchId }))).not.toContain(concernId);
    expect(JSON.stringify(await bram.attention.list({}))).not.toContain(concernId);
  });
});

describe('SAF-17 and CON-1(iv): a match starts only with a lead and a deputy, and not while a concern suspends it', () => {
  it('SAF-17: without a lead or without a deputy no match is activated; volunteers see who they are', async () => {
    const fatima = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const roles = await fatima.safeguarding.roles();
    expect(roles).toMatchObject({ complete: true, leads: [{ name: 'Joost de Vries' }], deputies: [{ name: 'Fatima El Amrani' }] });
    const iris = await portalSignedIn('iris.vandijk@example.org');
    expect(await iris.safeguarding.contacts()).toEqual({ leads: ['Joost de Vries'], deputies: ['Fatima El Amrani'] });
    const lead = roles.leads[0]!.staffMemberId;
    const deputy = roles.deputies[0]!.staffMemberId;
    await fatima.safeguarding.setRoles({ leadIds: [], deputyIds: [deputy] });
    expect(await codeOf(fatima.matches.activate({ matchId: linaMatchId }))).toBe('SAFEGUARDING.LEAD_MISSING');
    await fatima.safeguarding.setRoles({ leadIds: [lead], deputyIds: [lead] });
    expect(await codeOf(fatima.matches.activate({ matchId: linaMatchId }))).toBe('SAFEGUARDING.DEPUTY_MISSING');
    const utrecht = await demoSignedIn(world, 'coordinator@utrecht.example');
    expect(await codeOf(utrecht.safeguarding.setRoles({ leadIds: [lead], deputyIds: [] }))).toBe('NOT_FOUND');
    expect((await fatima.safeguarding.setRoles({ leadIds: [lead], deputyIds: [deputy] })).complete).toBe(true);
  });

  it('CON-1(iv): an open acute concern about the pupil blocks activation', async () => {
    const fatima = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const programme = (await fatima.programmes.list()).find((p) => p.template === 'schoolsCool')!;
    const batch = await fatima.matching.proposeBatch({ programmeId: programme.id, objective: 'lexicographic' });
    const first = batch.proposals[0]!;
    let match = await fatima.matches.propose({ pupilId: first.pupilId, volunteerId: first.volunteerId, source: 'batch' });
    match = await fatima.matches.recordIntroduction({ matchId: match.id, heldOn: TODAY, attendees: ['pupil', 'parent', 'volunteer'], organisationRepresentative: 'Fatima El Amrani' });
    match = await fatima.matches.recordAgreement({ matchId: match.id, side: 'volunteer', agreedOn: TODAY });
    match = await fatima.matches.recordAgreement({ matchId: match.id, side: 'family', agreedOn: TODAY });
    for (const signer of match.contract.signersRequired) {
      match = await fatima.matches.recordContractSignature({ matchId: match.id, signer, signedBy: `${signer} name`, signedOn: TODAY, textVersion: match.contractTextVersion });
    }
    match = await fatima.matches.agreeWeeklyTime({ matchId: match.id, slots: [{ weekday: 'tuesday', time: '19:00' }], format: 'faceToFace', place: 'thuis', agreedOn: TODAY });
    const raised = await fatima.concerns.raise({ ...worry, pupilId: first.pupilId });
    expect(await codeOf(fatima.matches.activate({ matchId: match.id }))).toBe('CONSENT.CONCERN_SUSPENDS_MATCH');
    await fatima.concerns.acknowledge({ concernId: raised.concernId });
    await fatima.concerns.record({ concernId: raised.concernId, step: { kind: 'suspensionSet', suspendsMatch: false, reason: 'Veilig Thuis is ingeschakeld; de begeleiding kan doorgaan.' } });
    expect((await fatima.matches.activate({ matchId: match.id })).stage).toBe('active');
  });
});

describe('SAF-16: concerns from a check-in and from a meeting log', () => {
  it('SAF-16: a check-in with "safety concerns? yes" opens a concern, with the person checked in with as the source; "no" opens none', async () => {
    const fatima = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const before = (await fatima.concerns.list({})).queue.length;
    await fatima.checkIns.record({ matchId: linaMatchId, on: TODAY, withWhom: 'parent', how: 'phone', notes: 'Gebeld.', safety: { safetyConcern: false } });
    expect((await fatima.concerns.list({})).queue.length).toBe(before);
    await fatima.checkIns.record({
      matchId: linaMatchId,
      on: TODAY,
      withWhom: 'parent',
      how: 'phone',
      notes: 'Gebeld.',
      safety: { safetyConcern: true, facts: 'Moeder vertelt dat Lina niet meer eet.', acuteDanger: false, disclosure: false },
    });
    const { queue } = await fatima.concerns.list({});
    expect(queue.length).toBe(before + 1);
    const opened = queue.find((item) => !item.acuteDanger && item.reporter.name === 'Fatima El Amrani')!;
    const view = await fatima.concerns.get({ concernId: opened.id });
    if (view.access !== 'full') throw new Error('the reporting coordinator is on the case');
    expect(view.facts[0]).toMatchObject({ text: 'Moeder vertelt dat Lina niet meer eet.', sources: [{ kind: 'thirdParty', who: 'parent' }] });
    const row = await world.orm.em.fork().findOneOrFail(CheckIn, { concernId: opened.id });
    expect(row.safetyConcern).toBe(true);
  });

  it('EVA-4 style: a coordinator turns a worrying meeting log into a linked concern, once', async () => {
    const fatima = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const iris = await portalSignedIn('iris.vandijk@example.org');
    const log = await iris.portal.logMeeting({
      matchId: linaMatchId,
      date: TODAY,
      form: 'video',
      durationMinutes: 60,
      whatWeDid: 'Huiswerk gepland.',
      wentWell: false,
      nextSteps: '',
      challenge: 'Lina huilde toen haar vader thuiskwam.',
      wantsToTalkToCoordinator: true,
    });
    const raised = await fatima.concerns.fromMeetingLog({ meetingLogId: log.id, facts: 'Iris schrijft dat Lina huilde toen haar vader thuiskwam.', acuteDanger: false, disclosure: false });
    expect((await fatima.concerns.fromMeetingLog({ meetingLogId: log.id, facts: 'nog eens', acuteDanger: false, disclosure: false })).concernId).toBe(raised.concernId);
    expect((await world.orm.em.fork().findOneOrFail(MeetingLog, { id: log.id })).concernId).toBe(raised.concernId);
    const view = await fatima.concerns.get({ concernId: raised.concernId });
    expect(view.access === 'full' && view.facts[0]!.sources).toEqual([{ kind: 'thirdParty', who: 'volunteer: Iris van Dijk' }]);
    const utrecht = await demoSignedIn(world, 'coordinator@utrecht.example');
    expect(await codeOf(utrecht.concerns.fromMeetingLog({ meetingLogId: log.id, facts: 'x', acuteDanger: false, disclosure: false }))).toBe('NOT_FOUND');
  });
});

describe('SAF-3 (3): nobody acknowledges in time', () => {
  it('the escalation job alerts the next person in line after the configured minutes, then tells the admins once', async () => {
    const fatima = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const roles = await fatima.safeguarding.roles();
    const bramId = roles.candidates.find((candidate) => candidate.name === 'Bram Peters')!.id;
    await fatima.safeguarding.setRoles({ leadIds: [roles.leads[0]!.staffMemberId], deputyIds: [roles.deputies[0]!.staffMemberId, bramId] });
    const lotte = await portalSignedIn('lotte.visser@example.org');
    const [match] = await lotte.portal.myMatches();
    const { concernId: noahs } = await lotte.concerns.raise({ ...worry, facts: 'Noah had brandwonden op zijn handen.', matchId: match!.matchId });
    const alertsTo = async () => (await world.orm.em.fork().find(OutboxMessage, { subject: { $like: 'DRINGEND%' }, text: { $like: `%${noahs}%` } })).map((mail) => mail.to);
    expect((await alertsTo()).sort()).toEqual([BRAM, 'coordinator@schoolscool.example']);
    const at = (minutes: number) => fixedClock(new Date(NOW.getTime() + minutes * 60_000));
    await escalateConcernAlerts(world.orm, at(10), world.services.publicUrl);
    expect((await alertsTo()).length).toBe(2);
    expect(await escalateConcernAlerts(world.orm, at(16), world.services.publicUrl)).toBeGreaterThanOrEqual(1);
    expect((await alertsTo()).length).toBe(3);
    expect((await alertsTo()).at(-1)).toBe('admin@schoolscool.example');
    // Everyone in line was alerted: the admins are told once, however often the job runs.
    await escalateConcernAlerts(world.orm, at(32), world.services.publicUrl);
    await escalateConcernAlerts(world.orm, at(48), world.services.publicUrl);
    expect((await alertsTo()).length).toBe(4);
    const match2 = await world.orm.em.fork().findOneOrFail(Match, { id: match!.matchId });
    expect(match2.endedOn).toBeNull();
  });
});
