import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '@driehoek/db';
import { SECRET_MASK } from '../../mail/outbox.js';
import { application, createOrganisation, nomination, openTestWorld, portalCodeFromMail, signedIn, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

/** What was really e-mailed to an address (the stored text the sender delivers). */
async function deliveredText(to: string) {
  const [message] = await world.orm.em.fork().find(OutboxMessage, { to }, { orderBy: { createdAt: 'desc' }, limit: 1 });
  return message!.text;
}

describe('finding 3: the outbox view masks sign-in codes and link secrets', () => {
  it('finding 3: a coordinator cannot read a parent’s code, an applicant’s status link or a mentor’s invitation link', async () => {
    const org = await createOrganisation(world, 'Secrets');
    const mentor = await signedIn(world, org.schoolMentorEmail);
    const base = nomination(org);
    await mentor.pupils.nominate({ ...base, family: [{ ...base.family[0]!, email: 'secret.parent@example.org' }] });
    await world.browser().portal.requestCode({ email: 'secret.parent@example.org', language: 'nl' });
    await world.browser().application.submitApplication(application(org.programmeId, { email: 'secret.applicant@example.org' }));
    const coordinator = await signedIn(world, org.email);
    await coordinator.schools.inviteSchoolMentor({ schoolId: org.schoolId, name: 'Nieuwe mentor', email: 'secret.mentor@example.org' });

    const code = await portalCodeFromMail(world, 'secret.parent@example.org');
    const fragment = (text: string) => /#([\w-]{20,})/.exec(text)![1]!;
    const secrets = {
      'secret.parent@example.org': [code, fragment(await deliveredText('secret.parent@example.org'))],
      'secret.applicant@example.org': [fragment(await deliveredText('secret.applicant@example.org'))],
      'secret.mentor@example.org': [fragment(await deliveredText('secret.mentor@example.org'))],
    };

    const shown = await coordinator.outbox.list();
    for (const [to, hidden] of Object.entries(secrets)) {
      const message = shown.find((m) => m.to === to)!;
      expect(message.masked).toBe(true);
      expect(message.text).toContain(SECRET_MASK);
      for (const secret of hidden) expect(message.text).not.toContain(secret);
      // The person it is for gets the real thing.
      for (const secret of hidden) expect(await deliveredText(to)).toContain(secret);
    }
  });

  it('finding 3: only the development outbox (no SMTP, not production) shows them, since it is the only mailbox', async () => {
    const org = await createOrganisation(world, 'Development');
    const mentor = await signedIn(world, org.schoolMentorEmail);
    const base = nomination(org);
    await mentor.pupils.nominate({ ...base, family: [{ ...base.family[0]!, email: 'dev.parent@example.org' }] });
    await world.browser().portal.requestCode({ email: 'dev.parent@example.org', language: 'nl' });
    const code = await portalCodeFromMail(world, 'dev.parent@example.org');
    const services = world.services as { outboxShowsSecrets?: boolean };
    services.outboxShowsSecrets = true;
    try {
      const message = (await (await signedIn(world, org.email)).outbox.list()).find((m) => m.to === 'dev.parent@example.org')!;
      expect(message).toMatchObject({ masked: false });
      expect(message.text).toContain(code);
    } finally {
      services.outboxShowsSecrets = false;
    }
  });
});
