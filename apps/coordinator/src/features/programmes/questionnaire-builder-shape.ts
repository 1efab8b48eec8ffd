import { respondentFor, type EvaluationLanguage, type ItemKind, type LocalisedText, type Respondent, type Wording } from '@driehoek/domain/evaluation';
import { QUESTIONNAIRE_ROLES_BY_MENTEE, type Mentee, type QuestionnaireRole } from '@driehoek/domain/programme';
import type { OwnQuestionnaire, SaveQuestionnaireInput } from '../../api-types';

/**
 * The questionnaire builder's form and its translation to and from the definition the api stores
 * (a programme's own questionnaire, made without code). The form holds texts as typed; the server
 * completes the definition (default prompts, optional languages falling back to Dutch) and the
 * domain checks it, so this file only shapes.
 */

/** Dutch and English are written for every text; Arabic, Turkish and Polish may be added. */
export const REQUIRED_LANGUAGES = ['nl', 'en'] as const;
export const OPTIONAL_LANGUAGES = ['ar', 'tr', 'pl'] as const;
export const ITEM_KINDS: readonly ItemKind[] = ['agreement', 'yesNo', 'number', 'text'];
export const MOMENTS = ['midTerm', 'end'] as const;

export type Texts = Record<EvaluationLanguage, string>;
export const noTexts = (): Texts => ({ nl: '', en: '', ar: '', tr: '', pl: '' });

export interface BuilderItem {
  id: string;
  kind: ItemKind;
  required: boolean;
  reverseScored: boolean;
  /** The scale it counts in ('' for none): agreement and yes/no items only. */
  scale: string;
  /** What each respondent reads (a pupil the child-friendly text). */
  texts: Record<Respondent, Texts>;
  min: string;
  max: string;
  maxLength: string;
}

export interface BuilderGroup {
  id: string;
  title: Texts;
  items: BuilderItem[];
}

export interface BuilderScale {
  id: string;
  title: Texts;
  minAnswered: string;
}

export interface BuilderForm {
  title: Texts;
  roles: QuestionnaireRole[];
  extraLanguages: EvaluationLanguage[];
  groups: BuilderGroup[];
  scales: BuilderScale[];
  moments: (typeof MOMENTS)[number][];
  offsetDays: string;
  closureOffsetDays: string;
  reminderAfterDays: string;
  expiresAfterDays: string;
}

const RESPONDENT_ORDER: readonly Respondent[] = ['pupil', 'parent', 'volunteer', 'schoolMentor'];

/** The respondents behind the chosen roles, in a fixed order. */
export function respondentsOf(roles: readonly QuestionnaireRole[], mentee: Mentee): Respondent[] {
  const chosen = new Set(roles.flatMap((role) => respondentFor(role, mentee) ?? []));
  return RESPONDENT_ORDER.filter((respondent) => chosen.has(respondent));
}

/** The next free id with a prefix (`q3`, `g2`, `s1`): ids stay put when items move or change. */
export function nextId(prefix: string, taken: readonly string[]): string {
  let n = 1;
  while (taken.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export const itemIdsOf = (form: BuilderForm): string[] => form.groups.flatMap((group) => group.items.map((item) => item.id));

export function newItem(form: BuilderForm): BuilderItem {
  return {
    id: nextId('q', itemIdsOf(form)),
    kind: 'agreement',
    required: true,
    reverseScored: false,
    scale: '',
    texts: { pupil: noTexts(), parent: noTexts(), volunteer: noTexts(), schoolMentor: noTexts() },
    min: '0',
    max: '10',
    maxLength: '1000',
  };
}

export function newGroup(form: BuilderForm): BuilderGroup {
  const group: BuilderGroup = { id: nextId('g', form.groups.map((g) => g.id)), title: noTexts(), items: [] };
  return { ...group, items: [newItem(form)] };
}

/** A new questionnaire's form: for the mentor, sent at the end when the programme asks evaluation consent (else not yet sent). */
export function emptyForm(mentee: Mentee, asksEvaluationConsent = true): BuilderForm {
  const base: BuilderForm = {
    title: noTexts(),
    roles: [QUESTIONNAIRE_ROLES_BY_MENTEE[mentee].includes('mentor') ? 'mentor' : QUESTIONNAIRE_ROLES_BY_MENTEE[mentee][0]!],
    extraLanguages: [],
    groups: [],
    scales: [],
    moments: asksEvaluationConsent ? ['end'] : [],
    offsetDays: '0',
    closureOffsetDays: '0',
    reminderAfterDays: '7',
    expiresAfterDays: '28',
  };
  return { ...base, groups: [newGroup(base)] };
}

const languagesOf = (form: BuilderForm): EvaluationLanguage[] => [...REQUIRED_LANGUAGES, ...OPTIONAL_LANGUAGES.filter((language) => form.extraLanguages.includes(language))];

/** The texts in the offered languages; an empty optional one is left out (the server gives it the Dutch text). */
function localised(texts: Texts, languages: readonly EvaluationLanguage[]): LocalisedText {
  return Object.fromEntries(languages.flatMap((language) => (texts[language].trim() === '' && !(REQUIRED_LANGUAGES as readonly string[]).includes(language) ? [] : [[language, texts[language].trim()]])));
}

/** One text for every respondent (a title): the adults' common text and the pupil's child-friendly one. */
function forEveryone(texts: Texts, respondents: readonly Respondent[], languages: readonly EvaluationLanguage[]): Wording {
  const text = localised(texts, languages);
  return { text, ...(respondents.includes('pupil') ? { childFriendly: text } : {}) };
}

function itemWording(item: BuilderItem, respondents: readonly Respondent[], languages: readonly EvaluationLanguage[]): Wording {
  const adults = respondents.filter((respondent): respondent is Exclude<Respondent, 'pupil'> => respondent !== 'pupil');
  return {
    ...(adults.length > 0 ? { byRespondent: Object.fromEntries(adults.map((respondent) => [respondent, localised(item.texts[respondent], languages)])) } : {}),
    ...(respondents.includes('pupil') ? { childFriendly: localised(item.texts.pupil, languages) } : {}),
  };
}

type Definition = SaveQuestionnaireInput['definition'];
type DefinitionItem = Definition['groups'][number]['items'][number];

const whole = (value: string): number | null => (/^-?\d+$/.test(value.trim()) ? Number(value.trim()) : null);

/**
 * The form as the api's input, and the form's own problems (numbers that are not numbers) by
 * field: the definition's rules are the domain's, checked by the server.
 */
export function formToInput(form: BuilderForm, mentee: Mentee, programmeId: string, questionnaireId?: string): { input: SaveQuestionnaireInput; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const number = (value: string, field: string): number => {
    const parsed = whole(value);
    if (parsed === null) errors[field] = 'errors.wholeNumber';
    return parsed ?? 0;
  };
  const respondents = respondentsOf(form.roles, mentee);
  const languages = languagesOf(form);
  const groups = form.groups.map((group, groupIndex) => {
    const title = localised(group.title, languages);
    const items = group.items.map((item, itemIndex): DefinitionItem => {
      const at = `definition.groups.${groupIndex}.items.${itemIndex}`;
      const base = { id: item.id, required: item.required, wording: itemWording(item, respondents, languages) };
      switch (item.kind) {
        case 'agreement':
          return { ...base, kind: 'agreement', explanationPrompt: {}, ...(item.reverseScored ? { reverseScored: true } : {}) };
        case 'yesNo':
          return { ...base, kind: 'yesNo', followUp: { yes: { prompt: {}, required: false }, no: { prompt: {}, required: false } }, ...(item.reverseScored ? { reverseScored: true } : {}) };
        case 'number':
          return { ...base, kind: 'number', min: number(item.min, `${at}.min`), max: number(item.max, `${at}.max`), wholeNumber: true, scoring: 'notScored' };
        case 'text':
          return { ...base, kind: 'text', maxLength: number(item.maxLength, `${at}.maxLength`) };
      }
    });
    return { id: group.id, respondents, items, ...(Object.values(title).some((text) => text !== '') ? { title: forEveryone(group.title, respondents, languages) } : {}) };
  });
  const scales = form.scales.map((scale, index) => ({
    id: scale.id,
    title: localised(scale.title, REQUIRED_LANGUAGES),
    itemIds: form.groups.flatMap((group) => group.items.filter((item) => item.scale === scale.id).map((item) => item.id)),
    minAnswered: number(scale.minAnswered, `definition.scales.${index}.minAnswered`),
  }));
  const reminder = form.reminderAfterDays.trim() === '' ? null : number(form.reminderAfterDays, 'uses.reminderAfterDays');
  const timing = {
    offsetDays: number(form.offsetDays, 'uses.offsetDays'),
    closureOffsetDays: number(form.closureOffsetDays, 'uses.closureOffsetDays'),
    reminderAfterDays: reminder,
    expiresAfterDays: number(form.expiresAfterDays, 'uses.expiresAfterDays'),
  };
  const definition: Definition = { title: forEveryone(form.title, respondents, languages), respondents, languages, groups, scales };
  const uses = MOMENTS.filter((moment) => form.moments.includes(moment)).map((when) => ({ when, filledInBy: [...form.roles], timing }));
  return { input: { programmeId, ...(questionnaireId ? { questionnaireId } : {}), definition, uses }, errors };
}

const textsFrom = (text: LocalisedText | undefined): Texts => ({ ...noTexts(), ...text });

/** A stored questionnaire back in the form (the newest version). */
export function definitionToForm(own: OwnQuestionnaire, mentee: Mentee): BuilderForm {
  const { definition } = own;
  const scaleOf = new Map(definition.scales.flatMap((scale) => scale.itemIds.map((itemId) => [itemId, scale.id] as const)));
  const extra = OPTIONAL_LANGUAGES.filter((language) => definition.languages.includes(language));
  const timing = own.uses[0]?.timing;
  const used = new Set(own.uses.flatMap((use) => use.filledInBy));
  const asked = (role: QuestionnaireRole) => { const respondent = respondentFor(role, mentee); return respondent !== null && definition.respondents.includes(respondent); };
  const roles = QUESTIONNAIRE_ROLES_BY_MENTEE[mentee].filter((role) => used.has(role) || asked(role));
  return {
    title: textsFrom(definition.title.text ?? definition.title.childFriendly),
    roles,
    extraLanguages: extra,
    groups: definition.groups.map((group) => ({
      id: group.id,
      title: textsFrom(group.title?.text ?? group.title?.childFriendly),
      items: group.items.map((item) => ({
        id: item.id,
        kind: item.kind,
        required: item.required,
        reverseScored: (item.kind === 'agreement' || item.kind === 'yesNo') && item.reverseScored === true,
        scale: scaleOf.get(item.id) ?? '',
        texts: {
          pupil: textsFrom(item.wording.childFriendly),
          parent: textsFrom(item.wording.byRespondent?.parent ?? item.wording.text),
          volunteer: textsFrom(item.wording.byRespondent?.volunteer ?? item.wording.text),
          schoolMentor: textsFrom(item.wording.byRespondent?.schoolMentor ?? item.wording.text),
        },
        min: item.kind === 'number' ? String(item.min) : '0',
        max: item.kind === 'number' ? String(item.max) : '10',
        maxLength: item.kind === 'text' ? String(item.maxLength) : '1000',
      })),
    })),
    scales: definition.scales.map((scale) => ({ id: scale.id, title: textsFrom(scale.title), minAnswered: String(scale.minAnswered) })),
    moments: MOMENTS.filter((moment) => own.uses.some((use) => use.when === moment)),
    offsetDays: String(timing?.offsetDays ?? 0),
    closureOffsetDays: String(timing?.closureOffsetDays ?? 0),
    reminderAfterDays: timing ? (timing.reminderAfterDays === null ? '' : String(timing.reminderAfterDays)) : '7',
    expiresAfterDays: String(timing?.expiresAfterDays ?? 28),
  };
}
