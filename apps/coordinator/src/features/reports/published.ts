/**
 * The published figures of the reports (`@driehoek/domain/reporting` small-numbers, EVA-2) as the
 * pages show them: a number, or the words for why it is withheld. The words are the domain's
 * report texts (`REPORTING_TEXTS`, the same the PDF and Excel files use), so a figure reads the
 * same on the page and in the file.
 */
import { reportingText, type ReportingLocale, type ReportingTextKey } from '@driehoek/domain/reporting';

export type WithheldReason = 'belowMinimum' | 'groupTooSmall' | 'revealsWithheld';
export type PublishedCount = { shown: true; value: number } | { shown: false; reason: WithheldReason };
export type PublishedShare = { shown: true; numerator: number; denominator: number; ratio: number | null } | { shown: false; reason: WithheldReason };
export type PublishedSum = { shown: true; value: number; contributors: number } | { shown: false; reason: WithheldReason };
export type PublishedDistribution = { shown: true; size: number; average: number | null; median: number | null } | { shown: false; reason: WithheldReason };

/** The language of the report texts for the app's language (Dutch unless English is chosen). */
export function reportingLocaleOf(language: string): ReportingLocale {
  return language.startsWith('en') ? 'en' : 'nl';
}

/** A report text by key, with its placeholders filled in. */
export function reportWords(locale: ReportingLocale) {
  return (key: string, values: Record<string, string | number> = {}): string => reportingText(locale, key as ReportingTextKey, values);
}

export type ReportWords = ReturnType<typeof reportWords>;

/** Why a figure is not shown, in words: "fewer than 5". */
export function withheldText(words: ReportWords, reason: WithheldReason, minimum: number): string {
  return words(`withheld.${reason}`, { minimum });
}

/** A count's cell: the number in the reader's language, or why it is withheld. */
export function countText(words: ReportWords, count: PublishedCount, minimum: number, language: string): string {
  return count.shown ? count.value.toLocaleString(language) : withheldText(words, count.reason, minimum);
}

/** A share's cell: "40% (4 of 10)", or why it is withheld; no denominator is no share ("–"). */
export function shareText(words: ReportWords, share: PublishedShare, minimum: number, language: string): string {
  if (!share.shown) return withheldText(words, share.reason, minimum);
  if (share.ratio === null) return '–';
  return `${percent(share.ratio, language)} (${share.numerator.toLocaleString(language)}/${share.denominator.toLocaleString(language)})`;
}

/** Minutes as hours with one decimal, or why they are withheld. */
export function hoursText(words: ReportWords, minutes: PublishedSum, minimum: number, language: string): string {
  return minutes.shown ? (Math.round(minutes.value / 6) / 10).toLocaleString(language) : withheldText(words, minutes.reason, minimum);
}

/** A distribution's median (and average), or why it is withheld; none measured is "–". */
export function medianText(words: ReportWords, distribution: PublishedDistribution, minimum: number, language: string): string {
  if (!distribution.shown) return withheldText(words, distribution.reason, minimum);
  return distribution.median === null ? '–' : distribution.median.toLocaleString(language, { maximumFractionDigits: 1 });
}

/** A share (0 to 1) as a whole percentage in the reader's language. */
export function percent(ratio: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** The number a chart draws for a count: withheld counts draw nothing (null), never a guess. */
export function chartValue(count: PublishedCount): number | null {
  return count.shown ? count.value : null;
}
