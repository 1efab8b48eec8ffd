import { describe, expect, it } from 'vitest';
import { applyInput } from '@driehoek/contracts/application';
import { pipelineStage, recordInterviewInput, registerVogInput, screeningStep } from '@driehoek/contracts/screening';
import nl from './nl.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function lookup(tree: Tree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
}

/** The problem codes of `ScreeningProblem` (packages/domain/src/screening/types.ts) and the api's refusals shown in forms. */
const DOMAIN_CODES = [
  'SCREENING.STEP_PENDING',
  'SCREENING.INTERVIEW_NOT_SUITABLE',
  'SCREENING.REFERENCES_TOO_FEW',
  'SCREENING.REFERENCE_NEGATIVE',
  'SCREENING.VOG_NOT_REQUESTED',
  'SCREENING.VOG_NOT_RECEIVED',
  'SCREENING.VOG_NOT_PROVIDED',
  'SCREENING.VOG_TOO_OLD',
  'SCREENING.VOG_ASPECT_MISSING',
  'SCREENING.VOG_SEEN_BEFORE_ISSUE',
  'SCREENING.VOG_EXPIRED',
  'SCREENING.CODE_OF_CONDUCT_OUTDATED',
  'SCREENING.ALREADY_DECIDED',
  'SCREENING.DATE_IN_FUTURE',
  'AUTH.INVALID_CREDENTIALS',
  'AUTH.TOO_MANY_ATTEMPTS',
  'NOT_FOUND',
];

const STATUSES = ['APPLIED', 'IN_SCREENING', 'CLEARED', 'ACTION_REQUIRED', 'SCREENING_EXPIRED', 'REJECTED', 'WITHDRAWN', 'REVOKED'];
const STEP_STATES = ['done', 'pending', 'failed', 'expired', 'waived'];

const availability = applyInput.shape.availability.element.shape;

const required = [
  ...pipelineStage.options.map((stage) => `stage.${stage}`),
  ...screeningStep.options.map((step) => `step.${step}`),
  ...STEP_STATES.map((state) => `stepState.${state}`),
  ...STATUSES.map((status) => `status.${status}`),
  ...DOMAIN_CODES,
  ...applyInput.shape.channel.options.map((channel) => `channel.${channel}`),
  ...applyInput.shape.languages.element.options.map((language) => `spokenLanguage.${language}`),
  ...availability.day.options.map((day) => `weekday.${day}`),
  ...availability.part.options.map((part) => `dayPart.${part}`),
  ...recordInterviewInput.shape.outcome.options.map((outcome) => `interview.outcomes.${outcome}`),
  ...registerVogInput.shape.result.options.map((result) => `vog.results.${result}`),
  ...['required', 'tooLong', 'date', 'email', 'aspect', 'invalid', 'generic'].map((key) => `errors.${key}`),
];

describe('coordinator texts', () => {
  it('Dutch and English have exactly the same keys', () => {
    expect(keysOf(en as Tree).sort()).toEqual(keysOf(nl as Tree).sort());
  });

  it.each([
    ['nl', nl],
    ['en', en],
  ])('every domain code the app shows has words in %s', (_, texts) => {
    const missing = required.filter((key) => typeof lookup(texts as Tree, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
