import { percent, type ReportWords } from './published';
import type { ComplianceFigureView } from '../../api-types';

/** Figures whose value is hours, not a share, a count or days. */
const HOURS = new Set(['meetingHours']);

/**
 * A compliance figure's headline in words: a share as "92% (46/50)", hours with one decimal, a
 * length in days as its median and average, a count as a number; no data is "–".
 */
export function complianceValueText(figure: ComplianceFigureView, language: string, days: (median: string, average: string) => string): string {
  if (figure.value === null) return '–';
  const number = (value: number) => value.toLocaleString(language, { maximumFractionDigits: 1 });
  if (figure.numerator !== null && figure.denominator !== null) return `${percent(figure.value, language)} (${figure.numerator}/${figure.denominator})`;
  if (HOURS.has(figure.key)) return number(figure.value);
  if (figure.statistics) return days(number(figure.statistics.median ?? figure.value), figure.statistics.average === null ? '–' : number(figure.statistics.average));
  return number(figure.value);
}

/** A month's value in the trend table: a share as a percentage, anything else as a number. */
export function trendCellText(key: string, value: number | null, isShare: boolean, language: string): string {
  if (value === null) return '–';
  return isShare && !HOURS.has(key) ? percent(value, language) : value.toLocaleString(language, { maximumFractionDigits: 1 });
}

/** The figure's name and its explanation, with the numbers the explanation names (`{{months}}`). */
export function complianceWords(words: ReportWords, figure: Pick<ComplianceFigureView, 'key' | 'parameters'>) {
  return { label: words(`figure.${figure.key}.label`, figure.parameters), explanation: words(`figure.${figure.key}.explanation`, figure.parameters) };
}

/** The coordinator app's page for a record behind a figure. */
export function recordHref(kind: NonNullable<ComplianceFigureView['recordKind']>, id: string): string {
  return kind === 'match' ? `/matches/${id}` : kind === 'volunteer' ? `/applicants/${id}` : `/pupils/${id}`;
}
