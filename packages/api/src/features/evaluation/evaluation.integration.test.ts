import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvaluationAnswerSet, EvaluationInvitation, Match, OutboxMessage, Programme } from '@driehoek/db';
import { SCHOOLS_COOL_END_OF_MATCH, type ItemAnswer } from '@driehoek/domain/evaluation';
import { codeOf, demoSignedIn, openDemoWorld, TODAY, type TestWorld } from '../../testing/harness.js';
import { queueEvaluationInvitations } from './index.js';
import { giveEvaluationConsent } from './testing.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
  // The demo's School's cool programme uses the end-of-match questionnaire for pupil and parents.
  const em = world.orm.em.fork();
  for (const programme of (await em.find(Programme, {})).filter((candidate) => candidate.settings.mentee === 'pupil')) {
    programme.settings = { ...programme.settings, questionnaires: [{ questionnaire: SCHOOLS_COOL_END_OF_MATCH.id, when: 'end', filledInBy: ['parent'] }] };
  }
  await em.flush();
});
afterAll(async () => {
  await world?.close();
});

const delivery = () => ({ evaluationKeySecret: world.services.evaluationKeySecret, publicUrl: world.services.publicUrl });

async function runningMatch(pupilName: string) {
  const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
  const match = (await coordinator.matches.list({})).find((m) => m.pupil.name === pupilName)!;
  return { coordinator, match };
}

describe('evaluation at closure', () => {
  it('EVA-1: without evaluation consent nothing is sent at closure', async () => {
    const { coordinator, match } = await runningMatch('Noah Jansen');
    await coordinator.matches.end({ matchId: match.id, endedOn: TODAY, reason: 'completed', endedBy: 'coordinator', note: 'Klaar.' });
    const em = world.orm.em.fork();
    expect(await em.count(EvaluationInvitation, { match: match.id })).toBe(0);
    expect(await em.count(OutboxMessage, { dedupeKey: { $like: 'evaluation%' } })).toBe(0);
  });

  it('a final questionnaire is created at closure, sent once, answered by its link and scored; another link opens nothing else', async () => {
    const em = world.orm.em.fork();
    const { coordinator, match } = await runningMatch('Lina Haddad');
    const matchRow = await em.findOneOrFail(Match, { id: match.id }, { populate: ['pupil', 'programme'] });
    await giveEvaluationConsent(em, matchRow.pupil);
    await coordinator.matches.end({ matchId: matchRow.id, endedOn: TODAY, reason: 'completed', endedBy: 'coordinator', note: 'Klaar.' });
    const invitations = await world.orm.em.fork().find(EvaluationInvitation, { match: matchRow.id });
    expect(invitations.length).toBeGreaterThan(0);
    expect(invitations.every((row) => row.respondent === 'parent' && row.moment === 'end' && row.sendOn === TODAY)).toBe(true);
    // This match's mails (the demo's Parent'R'US match has its own).
    const keys = { dedupeKey: { $in: invitations.map((row) => `evaluation:${row.id}`) } };
    const mails = await world.orm.em.fork().find(OutboxMessage, keys);
    expect(mails).toHaveLength(invitations.filter((row) => row.sentAt).length);
    // The job again: nothing more (sent once).
    await queueEvaluationInvitations(world.orm, world.services.clock, delivery());
    expect(await world.orm.em.fork().count(OutboxMessage, keys)).toBe(mails.length);

    const token = /#([\w-]+)/.exec(mails[0]!.text)![1]!;
    expect(mails[0]!.maskedText).not.toContain(token);
    const parent = world.browser();
    const opened = await parent.evaluation.getByLink({ token });
    expect(opened.status).toBe('open');
    expect(await codeOf(parent.evaluation.getByLink({ token: `${token.slice(0, -4)}AAAA` }))).toBe('NOT_FOUND');
    const answers = opened.questionnaire.groups.flatMap((group) => group.items).flatMap((item): ItemAnswer[] => {
      if (item.kind === 'agreement') return [{ itemId: item.id, kind: 'agreement' as const, value: 'agree' as const, explanation: 'Zo.' }];
      if (item.kind === 'yesNo') return [{ itemId: item.id, kind: 'yesNo' as const, value: 'yes' as const, explanation: 'Zo.' }];
      if (item.kind === 'number') return [{ itemId: item.id, kind: 'number' as const, value: item.min }];
      return item.required ? [{ itemId: item.id, kind: 'text' as const, value: 'Goed.' }] : [];
    });
    expect(await parent.evaluation.answerByLink({ token, language: opened.questionnaire.language, answers })).toEqual({ answered: true });
    expect(await codeOf(parent.evaluation.answerByLink({ token, language: opened.questionnaire.language, answers }))).toBe('EVALUATION.INVITATION_ANSWERED');
    // EVA-2: stored under pseudonymous keys only.
    const [stored] = await world.orm.em.fork().find(EvaluationAnswerSet, {});
    expect(stored!.respondentKey).toMatch(/^rk_/);
    expect(JSON.stringify(stored)).not.toContain(matchRow.id);
    const view = await coordinator.evaluation.forMatch({ matchId: matchRow.id });
    expect(view.answerSets).toHaveLength(1);
    expect(view.invitations.some((row) => row.status === 'answered')).toBe(true);
    const other = await demoSignedIn(world, 'coordinator@utrecht.example');
    expect(await codeOf(other.evaluation.forMatch({ matchId: matchRow.id }))).toBe('NOT_FOUND');

    // EVA-2: one respondent is below the threshold: every figure is withheld.
    const results = await coordinator.evaluation.results({ programmeId: matchRow.programme.id, questionnaireId: SCHOOLS_COOL_END_OF_MATCH.id, from: TODAY, to: TODAY });
    expect(results.total).toEqual({ withheld: true });
    expect(results.items.every((item) => item.figure.withheld)).toBe(true);
  });
});
