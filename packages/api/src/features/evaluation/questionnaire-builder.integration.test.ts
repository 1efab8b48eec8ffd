import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Consent, EvaluationAnswerSet, EvaluationInvitation, Match, Programme, ProgrammeQuestionnaire, VolunteerEvaluationConsent } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import type { SaveProgrammeQuestionnaireInput } from '@driehoek/contracts/evaluation';
import { codeOf, demoSignedIn, openDemoWorld, portalSignedIn, TODAY, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
  // CON-6: questionnaires need the evaluation purpose; the demo's School's cool programme asks it from pupil and parents.
  const em = world.orm.em.fork();
  for (const programme of (await em.find(Programme, {})).filter((candidate) => candidate.settings.mentee === 'pupil')) {
    const { consent } = programme.settings;
    programme.settings = { ...programme.settings, consent: { ...consent, purposes: [...consent.purposes, { purpose: 'evaluation', givers: ['pupil', 'guardian'], neededToMatch: false }] } };
  }
  await em.flush();
});
afterAll(async () => {
  await world?.close();
});

const TIMING = { offsetDays: 0, closureOffsetDays: 0, reminderAfterDays: 7, expiresAfterDays: 28 };

/** What the builder sends: two statements for the volunteer, one scored scale, sent at the end. */
const draft = (programmeId: string, overrides: Partial<SaveProgrammeQuestionnaireInput['definition']> = {}): SaveProgrammeQuestionnaireInput => ({
  programmeId,
  definition: {
    title: { text: { nl: 'Hoe ging het?', en: 'How did it go?' } },
    respondents: ['volunteer'],
    languages: ['nl', 'en', 'tr'],
    groups: [
      {
        id: 'g1',
        respondents: ['volunteer'],
        items: [
          { id: 'q1', kind: 'agreement', required: true, wording: { byRespondent: { volunteer: { nl: 'Ik had genoeg tijd.', en: 'I had enough time.' } } }, explanationPrompt: {} },
          { id: 'q2', kind: 'yesNo', required: false, wording: { byRespondent: { volunteer: { nl: 'Zou je het weer doen?', en: 'Would you do it again?' } } }, followUp: { no: { prompt: {}, required: false } } },
        ],
      },
    ],
    scales: [{ id: 's1', title: { nl: 'Tijd', en: 'Time' }, itemIds: ['q1'], minAnswered: 1 }],
    ...overrides,
  },
  uses: [{ when: 'end', filledInBy: ['mentor'], timing: TIMING }],
});

async function schoolsCool() {
  const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
  const matches = await coordinator.matches.list({});
  // The organisation also runs Parent'R'US; the builder's tests use the School's cool programme.
  const programme = await world.orm.em.fork().findOneOrFail(Programme, { id: { $in: matches.map((match) => match.programmeId) }, template: 'schoolsCool' });
  return { coordinator, programmeId: programme.id };
}

describe("DOMAIN §7 a programme's own questionnaire from the builder", () => {
  let questionnaireId = '';

  it('a coordinator creates one: version 1, listed for the programme, sent when the programme says', async () => {
    const { coordinator, programmeId } = await schoolsCool();
    const saved = await coordinator.evaluation.saveQuestionnaire(draft(programmeId));
    questionnaireId = saved.questionnaireId;
    expect(saved).toMatchObject({ version: 1, newVersion: false });
    const listed = await coordinator.evaluation.listQuestionnaires({ programmeId, language: 'en' });
    expect(listed.find((q) => q.questionnaireId === questionnaireId)).toMatchObject({ title: 'How did it go?', builtIn: false, respondents: ['volunteer'] });
    const own = await coordinator.evaluation.getQuestionnaire({ programmeId, questionnaireId });
    expect(own.answered).toBe(false);
    expect(own.uses).toEqual([{ when: 'end', filledInBy: ['mentor'], timing: TIMING }]);
    // Completed by the domain: the default prompts, Turkish reads the Dutch text.
    const [q1, q2] = own.definition.groups[0]!.items;
    expect(q1?.kind === 'agreement' && q1.explanationPrompt.text?.nl).toBe('Niet mee eens of kan beter? Schrijf op waarom.');
    expect(q2?.kind === 'yesNo' && q2.followUp?.no?.prompt.text?.en).toBe('In what way?');
    expect(own.definition.title.text?.tr).toBe('Hoe ging het?');
    const programme = await world.orm.em.fork().findOneOrFail(Programme, { id: programmeId });
    expect(programme.settings.questionnaires.filter((use) => use.questionnaire === questionnaireId)).toEqual([{ questionnaire: questionnaireId, when: 'end', filledInBy: ['mentor'], timing: TIMING }]);
  });

  it('at closure the scheduling plans it like a shipped one; the volunteer reads its title in their language', async () => {
    const { coordinator, programmeId } = await schoolsCool();
    const em = world.orm.em.fork();
    const match = (await em.find(Match, { programme: programmeId, startedOn: { $ne: null }, endedOn: null }, { populate: ['volunteer', 'pupil', 'pupil.family'] }))[0]!;
    // EVA-1: the pupil and every guardian gave evaluation consent, and the volunteer their own.
    const template = await em.findOneOrFail(Consent, { pupil: match.pupil });
    const givers = [{ id: match.pupil.id, role: 'pupil' }, ...match.pupil.family.getItems().filter((m) => m.role !== 'relative').map((m) => ({ id: m.id, role: 'parentWithAuthority' }))];
    for (const giver of givers) {
      const { id: _id, createdAt: _createdAt, ...rest } = template;
      em.create(Consent, { ...rest, pupil: match.pupil, organisation: match.organisation, purpose: 'evaluation', giverPersonId: giver.id, giverRole: giver.role, status: 'given', withdrawnOn: null, supersedesConsentId: null, decision: 'given' });
    }
    em.create(VolunteerEvaluationConsent, { organisation: match.organisation, volunteer: match.volunteer, state: 'given', decidedOn: TODAY });
    await em.flush();
    // Signed in while the match runs (a volunteer without a running match has no portal).
    const portal = await portalSignedIn(world, match.volunteer.email);
    await coordinator.matches.end({ matchId: match.id, endedOn: TODAY, reason: 'completed', endedBy: 'coordinator', note: 'Klaar.' });
    const invitations = await world.orm.em.fork().find(EvaluationInvitation, { match: match.id, questionnaireId });
    expect(invitations).toHaveLength(1);
    expect(invitations[0]).toMatchObject({ respondent: 'volunteer', version: 1, moment: 'end' });
    const english = await portal.evaluation.myEvaluations({ language: 'en' });
    expect(english.invitations.find((row) => row.questionnaireId === questionnaireId)?.title).toBe('How did it go?');
    const dutch = await portal.evaluation.myEvaluations();
    expect(dutch.invitations.find((row) => row.questionnaireId === questionnaireId)?.title).toBe('Hoe ging het?');
  });

  it('an edit before any answer replaces the version; after answers it is the next version and the answers keep theirs', async () => {
    const { coordinator, programmeId } = await schoolsCool();
    const reworded = draft(programmeId, { title: { text: { nl: 'Hoe ging het samen?', en: 'How did it go together?' } } });
    expect(await coordinator.evaluation.saveQuestionnaire({ ...reworded, questionnaireId })).toEqual({ questionnaireId, version: 1, newVersion: false });
    const em = world.orm.em.fork();
    const programme = await em.findOneOrFail(Programme, { id: programmeId });
    em.create(EvaluationAnswerSet, {
      organisation: programme.organisation,
      programme,
      questionnaireId,
      version: 1,
      matchKey: null,
      respondentKey: null,
      respondent: 'volunteer',
      moment: 'end',
      language: 'nl',
      submittedOn: TODAY,
      answers: [{ itemId: 'q1', kind: 'agreement', value: 'agree' }],
      anonymisedOn: null,
    });
    await em.flush();
    expect((await coordinator.evaluation.getQuestionnaire({ programmeId, questionnaireId })).answered).toBe(true);
    const again = draft(programmeId, { title: { text: { nl: 'Terugblik', en: 'Looking back' } } });
    expect(await coordinator.evaluation.saveQuestionnaire({ ...again, questionnaireId })).toEqual({ questionnaireId, version: 2, newVersion: true });
    const versions = await world.orm.em.fork().find(ProgrammeQuestionnaire, { questionnaireId }, { orderBy: { version: 'asc' } });
    expect(versions.map((row) => [row.version, row.definition.title.text?.en])).toEqual([
      [1, 'How did it go together?'],
      [2, 'Looking back'],
    ]);
    expect((await world.orm.em.fork().find(EvaluationAnswerSet, { questionnaireId })).map((row) => row.version)).toEqual([1]);
    const edited = await coordinator.evaluation.getQuestionnaire({ programmeId, questionnaireId });
    expect([edited.definition.version, edited.answered]).toEqual([2, false]);
    // A kept item may be reworded, never scored differently once answered.
    const flipped = draft(programmeId);
    const items = flipped.definition.groups[0]!.items.map((item) => (item.kind === 'agreement' ? { ...item, reverseScored: true } : item));
    const em2 = world.orm.em.fork();
    em2.create(EvaluationAnswerSet, { organisation: programme.organisation.id, programme: programmeId, questionnaireId, version: 2, matchKey: null, respondentKey: null, respondent: 'volunteer', moment: 'end', language: 'nl', submittedOn: TODAY, answers: [], anonymisedOn: null });
    await em2.flush();
    const refused = coordinator.evaluation.saveQuestionnaire({ ...flipped, questionnaireId, definition: { ...flipped.definition, groups: [{ ...flipped.definition.groups[0]!, items }] } });
    expect(await codeOf(refused)).toBe('EVALUATION.REVISION_ITEM_SCORING_CHANGED');
  });

  it("CONVENTIONS 7: another organisation's coordinator can neither add to nor read the programme's questionnaires", async () => {
    const { programmeId } = await schoolsCool();
    const other = await demoSignedIn(world, 'coordinator@utrecht.example');
    expect(await codeOf(other.evaluation.saveQuestionnaire(draft(programmeId)))).toBe('NOT_FOUND');
    expect(await codeOf(other.evaluation.getQuestionnaire({ programmeId, questionnaireId }))).toBe('NOT_FOUND');
    expect(await codeOf(other.evaluation.listQuestionnaires({ programmeId }))).toBe('NOT_FOUND');
    expect(await world.orm.em.fork().count(ProgrammeQuestionnaire, { questionnaireId })).toBe(2);
  });

  it('a bad definition is refused with a clear code and its field, and nothing is stored', async () => {
    const { coordinator, programmeId } = await schoolsCool();
    const before = await world.orm.em.fork().count(ProgrammeQuestionnaire, {});
    const group = draft(programmeId).definition.groups[0]!;
    const duplicate = draft(programmeId, { groups: [{ ...group, items: [group.items[0]!, group.items[0]!] }] });
    expect(await codeOf(coordinator.evaluation.saveQuestionnaire(duplicate))).toBe('EVALUATION.ID_DUPLICATE');
    const error: unknown = await coordinator.evaluation.saveQuestionnaire(duplicate).catch((e: unknown) => e);
    expect(error instanceof AppError && error.fieldErrors).toMatchObject({ 'definition.groups.0.items.1.id': 'EVALUATION.ID_DUPLICATE' });
    expect(await codeOf(coordinator.evaluation.saveQuestionnaire(draft(programmeId, { groups: [{ ...group, items: [] }], scales: [] })))).toBe('EVALUATION.DEFINITION_WITHOUT_ITEMS');
    expect(await codeOf(coordinator.evaluation.saveQuestionnaire(draft(programmeId, { scales: [{ id: 's1', title: { nl: 'Tijd', en: 'Time' }, itemIds: ['q1'], minAnswered: 2 }] })))).toBe(
      'EVALUATION.SCALE_MIN_ANSWERED_INVALID',
    );
    expect(await codeOf(coordinator.evaluation.saveQuestionnaire(draft(programmeId, { languages: ['nl'] })))).toBe('EVALUATION.DEFINITION_WITHOUT_LANGUAGE');
    // Asked of a role the questionnaire has no wording for.
    expect(await codeOf(coordinator.evaluation.saveQuestionnaire({ ...draft(programmeId), uses: [{ when: 'end', filledInBy: ['parent'], timing: TIMING }] }))).toBe('EVALUATION.RESPONDENT_NOT_ASKED');
    expect(await world.orm.em.fork().count(ProgrammeQuestionnaire, {})).toBe(before);
  });
});
