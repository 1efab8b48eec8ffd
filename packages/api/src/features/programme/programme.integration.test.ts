import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMME_TEMPLATE_KEYS, programmeSettingsFromTemplate } from '@driehoek/domain/programme';
import { createOrganisation, openTestWorld, signedIn, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

describe('programme settings on the wire (contracts/programmes: programmeSettings)', () => {
  it.each(PROGRAMME_TEMPLATE_KEYS)('%s: every setting goes out and comes back unchanged, matching, lifecycle, safeguarding and evaluation included', async (template) => {
    const org = await createOrganisation(world, `Wire ${template}`);
    const coordinator = await signedIn(world, org.email);
    const [offered] = (await coordinator.programmes.templates()).filter((t) => t.key === template);
    expect(offered?.settings).toEqual(programmeSettingsFromTemplate(template));

    const created = await coordinator.programmes.create({ template, name: `Programme ${template}` });
    expect(created.settings).toEqual(programmeSettingsFromTemplate(template));

    // The optional settings a template leaves out, set: they must survive the trip too.
    const settings = {
      ...created.settings,
      evaluation: { minRespondentsPerFigure: 7 },
      safeguarding: {
        acuteAcknowledgeMinutes: 10,
        acuteAuthorityContactMinutes: 45,
        recordWithinDays: 1,
        acknowledgeWithinWorkingDays: 1,
        stepWithinWorkingDays: 3,
        decideWithinWorkingDays: 6,
        reportWithinWorkingDays: 2,
        maxFollowUpDays: 60,
      },
      matching: { ...created.settings.matching, maxDistanceKm: 7, weights: { ...created.settings.matching.weights, waiting: 2 } },
      lifecycle: { ...created.settings.lifecycle, gettingToKnowWeeks: 5 },
    };
    const updated = await coordinator.programmes.update({ id: created.id, name: created.name, openForApplications: true, settings });
    expect(updated.settings).toEqual(settings);
    expect((await coordinator.programmes.get({ id: created.id })).settings).toEqual(settings);
  });

  it('refuses settings of the wrong shape per field before the domain sees them, and keeps the stored ones', async () => {
    const org = await createOrganisation(world, 'Wire shape');
    const coordinator = await signedIn(world, org.email);
    const created = await coordinator.programmes.create({ template: 'parentRus', name: 'Shape' });
    // JSON, as a client that does not use the types would send it.
    const wrong = { ...JSON.parse(JSON.stringify(created.settings)), mentee: 'robot', matching: { languageRequired: true } };
    const error = await coordinator.programmes.update({ id: created.id, name: created.name, openForApplications: true, settings: wrong }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    const paths = ((error as TRPCError).cause as { issues?: { path: PropertyKey[] }[] } | undefined)?.issues?.map((issue) => issue.path.join('.')) ?? [];
    expect(paths).toContain('settings.mentee');
    expect(paths.some((path) => path.startsWith('settings.matching.'))).toBe(true);
    expect((await coordinator.programmes.get({ id: created.id })).settings).toEqual(created.settings);
  });
});
