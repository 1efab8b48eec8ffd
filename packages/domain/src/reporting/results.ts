/**
 * Questionnaire results in a report (Parent'R'US annex chapter 2: "voor elke vraag kunt u verslag
 * uitbrengen over de specifieke antwoorden"; tools 3 and 4). The evaluation rules aggregate the
 * answers; a report takes their results per item as plain input (`ItemResult`, a minimal shape of
 * its own, so reporting does not depend on how questionnaires are stored) and applies EVA-2 again:
 * an item with fewer respondents than the minimum is withheld, whatever the input says.
 */
import { DEFAULT_MINIMUM_GROUP_SIZE } from './small-numbers.js';

/** The aggregated answers to one questionnaire item. */
export interface ItemResult {
  readonly itemId: string;
  /** The item's text as asked ("My child has more confidence."). */
  readonly text: string;
  /** How many respondents gave each answer (`agree`, `disagree`, `couldBeImproved`; `yes`, `no`), in the order to show. */
  readonly counts: Readonly<Record<string, number>>;
  /** How many answered the item. */
  readonly respondents: number;
  /** Withheld by the evaluation rules (EVA-2); a report withholds it too. */
  readonly withheld: boolean;
}

/**
 * The places in the Parent'R'US report where results go (annex 2.1.1–2.3): changes in the
 * collaboration between parents and school, the mentor's role, the mentoring process's role, the
 * mentee's and the mentor's perception (THE CHILD, THE PARENT, THE MENTOR), and satisfaction.
 */
export const RESULT_SECTIONS = ['collaborationChanges', 'mentorRole', 'processRole', 'menteePerception', 'mentorPerception', 'satisfaction'] as const;
export type ResultSection = (typeof RESULT_SECTIONS)[number];

/** A group of items under one heading ("THE CHILD"), in a section of the report. */
export interface ResultGroup {
  readonly section: ResultSection;
  readonly heading: string;
  readonly items: readonly ItemResult[];
}

/** One answer of a published item: how many, and the share of the item's respondents (0 to 1). */
export interface PublishedAnswer {
  readonly answer: string;
  readonly count: number;
  readonly share: number;
}

/** An item as published: its answers, or withheld (EVA-2). */
export type PublishedItem =
  | { readonly itemId: string; readonly text: string; readonly shown: true; readonly respondents: number; readonly answers: readonly PublishedAnswer[] }
  | { readonly itemId: string; readonly text: string; readonly shown: false; readonly reason: 'groupTooSmall' };

/** A group of items as published. */
export interface PublishedResultGroup {
  readonly section: ResultSection;
  readonly heading: string;
  readonly items: readonly PublishedItem[];
}

/**
 * EVA-2: an item is shown only when it was not withheld and at least `minimumGroupSize` people
 * answered it; its answers then come with their counts and shares, for the report's charts.
 */
export function publishItem(item: ItemResult, minimumGroupSize: number = DEFAULT_MINIMUM_GROUP_SIZE): PublishedItem {
  if (item.withheld || item.respondents < minimumGroupSize || item.respondents === 0) {
    return { itemId: item.itemId, text: item.text, shown: false, reason: 'groupTooSmall' };
  }
  return {
    itemId: item.itemId,
    text: item.text,
    shown: true,
    respondents: item.respondents,
    answers: Object.entries(item.counts).map(([answer, n]) => ({ answer, count: n, share: n / item.respondents })),
  };
}

/** Every item of a group through `publishItem`. */
export const publishResultGroup = (group: ResultGroup, minimumGroupSize: number = DEFAULT_MINIMUM_GROUP_SIZE): PublishedResultGroup => ({
  section: group.section,
  heading: group.heading,
  items: group.items.map((item) => publishItem(item, minimumGroupSize)),
});

/**
 * The results of several regions as one: per section, heading and item id, the answers and the
 * respondents added up, not withheld (the minimum is applied after summing, by `publishItem`).
 * Pass the regions' results before the minimum, with their counts: a withheld item without counts
 * cannot be added. Groups and items keep the order in which they first appear.
 */
export function sumItemResults(regions: readonly (readonly ResultGroup[])[]): readonly ResultGroup[] {
  const groups = new Map<string, { section: ResultSection; heading: string; items: Map<string, { itemId: string; text: string; counts: Record<string, number>; respondents: number }> }>();
  for (const region of regions) {
    for (const group of region) {
      const groupKey = `${group.section}\u0000${group.heading}`;
      let summed = groups.get(groupKey);
      if (!summed) {
        summed = { section: group.section, heading: group.heading, items: new Map() };
        groups.set(groupKey, summed);
      }
      for (const item of group.items) {
        const total = summed.items.get(item.itemId) ?? { itemId: item.itemId, text: item.text, counts: {}, respondents: 0 };
        for (const [answer, n] of Object.entries(item.counts)) total.counts[answer] = (total.counts[answer] ?? 0) + n;
        total.respondents += item.respondents;
        summed.items.set(item.itemId, total);
      }
    }
  }
  return [...groups.values()].map((group) => ({
    section: group.section,
    heading: group.heading,
    items: [...group.items.values()].map((item) => ({ ...item, withheld: false })),
  }));
}

/** The answers an item's counts can hold, in the order an export lists them. */
export const RESULT_ANSWERS = ['agree', 'disagree', 'couldBeImproved', 'yes', 'no'] as const;
export type ResultAnswer = (typeof RESULT_ANSWERS)[number];

/** One line of an item in an export: its respondents, one answer's count and share, or that too few answered (EVA-2). */
export type ResultRow =
  | { readonly kind: 'respondents'; readonly count: number }
  | { readonly kind: 'answer'; readonly answer: ResultAnswer; readonly count: number; readonly share: number }
  | { readonly kind: 'tooFew' };

/**
 * The lines of a published item in a PDF or Excel export: how many answered and each known answer
 * with its count and share, or a single `tooFew` line when the item is withheld (fewer respondents
 * than the minimum, EVA-2): no count of a withheld item ever reaches a file.
 */
export function resultRowsOf(item: PublishedItem): readonly ResultRow[] {
  if (!item.shown) return [{ kind: 'tooFew' }];
  const answers = item.answers.filter((answer): answer is PublishedAnswer & { answer: ResultAnswer } => (RESULT_ANSWERS as readonly string[]).includes(answer.answer));
  return [{ kind: 'respondents', count: item.respondents }, ...answers.map((answer) => ({ kind: 'answer' as const, answer: answer.answer, count: answer.count, share: answer.share }))];
}
