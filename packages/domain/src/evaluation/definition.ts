/**
 * A questionnaire as data (DOMAIN.md §7). A coordinator can add a programme's own questionnaire
 * without code: the api stores a `QuestionnaireDefinition` and checks it with
 * `validateQuestionnaireDefinition`. The domain ships the seed's (Parent'R'US tools 3 and 4) and
 * end-of-match questionnaires for School's cool and Thuisschoolmaatje in the same format.
 *
 * An answer set names the definition's id and version; a version with answers is never changed in
 * place, a change is a new version (`checkDefinitionRevision`, `planOwnQuestionnaireSave`). An item id names what the item measures: the
 * same id in two questionnaires (the seven statements of the mid-term and the final report) or in
 * two versions is the same measure, which is what change scores compare.
 */
import type { IsoDate } from '../calendar/index.js';
import type { QuestionnaireId } from '../programme/settings.js';
import type { EvaluationLanguage, Respondent } from './vocabulary.js';

/** One text in the languages it exists in. */
export type LocalisedText = Readonly<Partial<Record<EvaluationLanguage, string>>>;

/** The respondents who are not pupils: they read the adult wording. */
export type AdultRespondent = Exclude<Respondent, 'pupil'>;

/**
 * What a respondent reads. A pupil reads `childFriendly` and never the adult text (GDPR art. 12(1),
 * as CON-10 for consent notices); an adult reads their own `byRespondent` text when there is one
 * (the seed's "My mentor gives me/ As a mentor I give…"), else `text`.
 */
export interface Wording {
  readonly text?: LocalisedText;
  readonly byRespondent?: Readonly<Partial<Record<AdultRespondent, LocalisedText>>>;
  readonly childFriendly?: LocalisedText;
}

interface ItemBase {
  /** Unique in the questionnaire; the same id elsewhere means the same measure. */
  readonly id: string;
  readonly wording: Wording;
  readonly required: boolean;
  /** Who is asked this item: a subset of the group's respondents; absent, all of them. */
  readonly respondents?: readonly Respondent[];
  /**
   * EVA-3: the item asks for a special category of personal data (GDPR art. 9: health, ethnic
   * origin, religion, sexual life, …). None by default; a definition holding one needs `dpiaUpdate`.
   * The domain cannot tell from the words; whoever writes the item flags it.
   */
  readonly specialCategory?: boolean;
  /** Where the item comes from (the seed and passage), for the coordinator. */
  readonly source?: string;
}

/**
 * Disagree / Agree / Could be improved (tools 3 and 4). An answer other than Agree needs an
 * explanation ("If you choose "Disagree" or "Could be improved", please tell us in what").
 */
export interface AgreementItem extends ItemBase {
  readonly kind: 'agreement';
  readonly explanationPrompt: Wording;
  /** A negatively worded statement ("Planning is still hard for me"): Disagree is the good answer. */
  readonly reverseScored?: boolean;
}

/** A follow-up question shown after one answer of a yes/no item. */
export interface FollowUp {
  readonly prompt: Wording;
  readonly required: boolean;
}

/**
 * YES / NO (tool 4: "For each statement, tell us if it applies to your situation … Please write
 * in what way"; tool 3: "If Yes, please tell what it is / If No, please write the reasons").
 */
export interface YesNoItem extends ItemBase {
  readonly kind: 'yesNo';
  readonly followUp?: { readonly yes?: FollowUp; readonly no?: FollowUp };
  /** A statement where No is the good answer. */
  readonly reverseScored?: boolean;
}

/**
 * A number within bounds (weeks met so far, parent evenings attended, a report mark). `scoring`
 * says whether it counts in scales and change scores, and which way is better; a count of weeks
 * is `notScored`.
 */
export interface NumberItem extends ItemBase {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly wholeNumber: boolean;
  readonly unit?: Wording;
  readonly scoring: 'higherIsBetter' | 'lowerIsBetter' | 'notScored';
}

/** Free text. Never scanned for words (EVA-4); never in an aggregate (EVA-2). */
export interface TextItem extends ItemBase {
  readonly kind: 'text';
  readonly maxLength: number;
}

export type QuestionnaireItem = AgreementItem | YesNoItem | NumberItem | TextItem;

/** A part of the form (the seed's THE CHILD, THE PARENT, THE MENTOR, Improvements). */
export interface ItemGroup {
  readonly id: string;
  readonly title?: Wording;
  /** "For each statement, tell us if it applies to your situation:". */
  readonly instruction?: Wording;
  /** Who is asked this group: a subset of the questionnaire's respondents. */
  readonly respondents: readonly Respondent[];
  readonly items: readonly QuestionnaireItem[];
}

/**
 * Items scored together (THE CHILD's seven statements). All items of a scale have the same kind
 * and are asked of the same respondents; a scale counts for an answer set only when at least
 * `minAnswered` of its items were answered.
 */
export interface Scale {
  readonly id: string;
  /** For reports: in Dutch and English, where the questionnaire is offered in them. */
  readonly title: LocalisedText;
  readonly itemIds: readonly string[];
  readonly minAnswered: number;
}

/** EVA-3: the DPIA update that allows special-category items in this questionnaire. */
export interface DpiaUpdate {
  readonly reference: string;
  readonly updatedOn: IsoDate;
}

export interface QuestionnaireDefinition {
  readonly id: QuestionnaireId;
  /** 1, 2, …: a change is a new version; answer sets name the version they answer. */
  readonly version: number;
  readonly title: Wording;
  /** "Please fill out this form at the mid-term of the mentoring process." */
  readonly introduction?: Wording;
  readonly respondents: readonly Respondent[];
  /** The languages it is offered in: every text exists in each of them. */
  readonly languages: readonly EvaluationLanguage[];
  /** Languages whose texts a native speaker has yet to review (shown to coordinators). */
  readonly translationsToReview?: readonly EvaluationLanguage[];
  readonly groups: readonly ItemGroup[];
  readonly scales: readonly Scale[];
  readonly dpiaUpdate?: DpiaUpdate;
  readonly source?: string;
}

/** Every item of a definition, with the group it sits in and who is asked it. */
export interface PlacedItem {
  readonly item: QuestionnaireItem;
  readonly group: ItemGroup;
  readonly groupIndex: number;
  readonly itemIndex: number;
  readonly respondents: readonly Respondent[];
}

/** The items of a definition in order, each with its respondents resolved (item's, else the group's). */
export function itemsOf(definition: QuestionnaireDefinition): readonly PlacedItem[] {
  return definition.groups.flatMap((group, groupIndex) =>
    group.items.map((item, itemIndex) => ({ item, group, groupIndex, itemIndex, respondents: item.respondents ?? group.respondents })),
  );
}

/** The item with this id, or undefined. */
export const itemById = (definition: QuestionnaireDefinition, itemId: string): QuestionnaireItem | undefined =>
  itemsOf(definition).find((placed) => placed.item.id === itemId)?.item;

/** Whether an item kind is scored: agreement and yes/no always, a number unless `notScored`, text never. */
export function isScored(item: QuestionnaireItem): boolean {
  if (item.kind === 'text') return false;
  return item.kind !== 'number' || item.scoring !== 'notScored';
}

/**
 * The text a respondent reads in a language, or `null` when the wording has none: a pupil the
 * child-friendly text only; an adult their own, else the common text.
 */
export function wordingFor(wording: Wording, respondent: Respondent, language: EvaluationLanguage): string | null {
  const text = respondent === 'pupil' ? wording.childFriendly?.[language] : (wording.byRespondent?.[respondent]?.[language] ?? wording.text?.[language]);
  return text !== undefined && text.trim() !== '' ? text : null;
}
