import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvaluationAnswerSet, EvaluationInvitation, Match, Programme, StaffMember, School } from '@driehoek/db';
import { THUISSCHOOLMAATJE_END_OF_MATCH, type ItemAnswer } from '@driehoek/domain/evaluation';
import { codeOf, day, demoSignedIn, openDemoWorld, PASSWORD, signedIn, TODAY, type TestWorld } from '../../testing/harness.js';
import { hashPassword } from '../../auth/password.js';
import type { RouterOutputs } from '../../types.js';
import { queueEvaluationInvitations } from './index.js';
import { giveEvaluationConsent } from './testing.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
  // The demo's Thuisschoolmaatje programme asks the parents and the school mentor at the end.
  const em = world.orm.em.fork();
  const programme = await em.findOneOrFail(Programme, { template: 'thuisschoolmaatje' });
  programme.settings = { ...programme.settings, questionnaires: [{ questionnaire: THUISSCHOOLMAATJE_END_OF_MATCH.id, when: 'end', filledInBy: ['parent', 'schoolMentor'] }] };
  await em.flush();
  // The evaluation job at the server's start: the Parent'R'US match is past its middle.
  await queueEvaluationInvitations(world.orm, world.services.clock, { evaluationKeySecret: world.services.evaluationKeySecret, publicUrl: world.services.publicUrl });
});
afterAll(async () => {
  await world?.close();
});

type Questionnaire = RouterOutputs['evaluation']['getSchoolMentorQuestionnaire'];
const allAgreed = (opened: Questionnaire) =>
  opened.questionnaire.groups.flatMap((group) => group.items).flatMap((item): ItemAnswer[] => {
    if (item.kind === 'agreement') return [{ itemId: item.id, kind: 'agreement', value: 'agree' }];
    if (item.kind === 'yesNo') return [{ itemId: item.id, kind: 'yesNo', value: 'yes', explanation: 'Zo.' }];
    if (item.kind === 'number') return [{ itemId: item.id, kind: 'number', value: item.min }];
    return item.required ? [{ itemId: item.id, kind: 'text', value: 'Goed.' }] : [];
  });

describe('Vandaag: questionnaires due and overdue (DOMAIN.md §7)', () => {
  it('lists the Parent\'R\'US mid-term report the mentee has not answered as overdue, only to its own organisation', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const list = await coordinator.attention.questionnaires({});
    const yasmin = list.find((entry) => entry.pupilName === 'Yasmin Saleh');
    expect(yasmin).toMatchObject({ volunteerName: 'Ans de Graaf', programmeName: "Zevenaar Parent'R'US", urgency: 'overdue' });
    // The volunteer gave no evaluation consent yet: only the mentee is asked.
    expect(yasmin!.outstanding).toEqual([
      expect.objectContaining({ personName: 'Hanan Saleh', role: 'mentee', moment: 'midTerm', title: 'Tussentijds verslag over mentorschap', sendOn: day(-10), lastDay: day(17), urgency: 'overdue' }),
    ]);
    const byProgramme = await coordinator.attention.questionnaires({ programmeId: (await world.orm.em.fork().findOneOrFail(Programme, { template: 'thuisschoolmaatje' })).id });
    expect(byProgramme.some((entry) => entry.pupilName === 'Yasmin Saleh')).toBe(false);
    const utrecht = await demoSignedIn(world, 'coordinator@utrecht.example');
    expect(await utrecht.attention.questionnaires({})).toEqual([]);
    const schoolMentor = await demoSignedIn(world, 'mentor@academie-tien.example');
    expect(await codeOf(schoolMentor.attention.questionnaires({}))).toBe('AUTH.FORBIDDEN');
  });
});

describe("the school mentor's questionnaire in the school view (DOMAIN.md §7)", () => {
  it('the school mentor answers only their own pupil\'s questionnaire, stored under the pseudonymous key (EVA-2)', async () => {
    const em = world.orm.em.fork();
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const lina = (await coordinator.matches.list({})).find((m) => m.pupil.name === 'Lina Haddad')!;
    const match = await em.findOneOrFail(Match, { id: lina.id }, { populate: ['pupil'] });
    await giveEvaluationConsent(em, match.pupil);
    await coordinator.matches.end({ matchId: match.id, endedOn: TODAY, reason: 'completed', endedBy: 'coordinator', note: 'Klaar.' });
    const asked = await world.orm.em.fork().findOneOrFail(EvaluationInvitation, { match: match.id, role: 'schoolMentor' });
    expect(asked).toMatchObject({ personKind: 'staff', respondent: 'schoolMentor', sentAt: expect.any(Date) });

    // Vandaag shows the school mentor's questionnaire as due.
    const due = (await coordinator.attention.questionnaires({})).find((entry) => entry.matchId === match.id)!;
    expect(due.outstanding.find((row) => row.role === 'schoolMentor')).toMatchObject({ personName: 'Sven Hoekstra', urgency: 'due', sendOn: TODAY });

    const sven = await demoSignedIn(world, 'mentor@academie-tien.example');
    const mine = await sven.evaluation.schoolMentorQuestionnaires();
    expect(mine).toEqual([expect.objectContaining({ invitationId: asked.id, pupilName: 'Lina Haddad', status: 'open', moment: 'end' })]);
    const opened = await sven.evaluation.getSchoolMentorQuestionnaire({ invitationId: asked.id });
    expect(opened.status).toBe('open');

    // Another school's mentor and a coordinator cannot open it.
    const other = em.create(StaffMember, {
      organisation: match.organisation,
      school: await em.findOneOrFail(School, { name: 'Liemers College' }),
      name: 'Ilse Mentor',
      email: 'ilse@liemerscollege.example',
      passwordHash: await hashPassword(PASSWORD),
      role: 'schoolMentor',
    });
    await em.flush();
    const ilse = await signedIn(world, other.email);
    expect(await ilse.evaluation.schoolMentorQuestionnaires()).toEqual([]);
    expect(await codeOf(ilse.evaluation.getSchoolMentorQuestionnaire({ invitationId: asked.id }))).toBe('NOT_FOUND');
    expect(await codeOf(ilse.evaluation.answerSchoolMentorQuestionnaire({ invitationId: asked.id, language: 'nl', answers: allAgreed(opened) }))).toBe('NOT_FOUND');
    expect(await codeOf(coordinator.evaluation.schoolMentorQuestionnaires())).toBe('AUTH.FORBIDDEN');

    expect(await sven.evaluation.answerSchoolMentorQuestionnaire({ invitationId: asked.id, language: 'nl', answers: allAgreed(opened) })).toEqual({ answered: true });
    expect(await codeOf(sven.evaluation.answerSchoolMentorQuestionnaire({ invitationId: asked.id, language: 'nl', answers: allAgreed(opened) }))).toBe('EVALUATION.INVITATION_ANSWERED');
    const stored = await world.orm.em.fork().findOneOrFail(EvaluationAnswerSet, { respondent: 'schoolMentor' });
    expect(stored.respondentKey).toMatch(/^rk_/);
    expect(JSON.stringify(stored)).not.toContain(match.id);
    expect(JSON.stringify(stored)).not.toContain(asked.personId);
    expect((await sven.evaluation.schoolMentorQuestionnaires())[0]!.status).toBe('answered');
    // Answered: no longer on Vandaag.
    const after = (await coordinator.attention.questionnaires({})).find((entry) => entry.matchId === match.id);
    expect(after?.outstanding.some((row) => row.role === 'schoolMentor') ?? false).toBe(false);
  });
});
