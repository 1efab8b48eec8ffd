import { useTranslation } from 'react-i18next';
import { chartValue, countText, hoursText, medianText, reportWords, reportingLocaleOf, shareText, type PublishedCount, type PublishedDistribution, type PublishedShare, type PublishedSum } from './published';

/** Which words name the cells of a breakdown: the domain's report texts per kind of cell. */
export type CellKind = 'channel' | 'gender' | 'outcome' | 'reason' | 'typology' | 'meetingForm' | 'plain';

/** The report texts and figure formats in the app's current language, with the report's minimum group size (EVA-2). */
export function useReportFormat(minimum: number) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const locale = reportingLocaleOf(language);
  const words = reportWords(locale);
  return {
    language,
    locale,
    words,
    minimum,
    count: (value: PublishedCount) => countText(words, value, minimum, language),
    share: (value: PublishedShare) => shareText(words, value, minimum, language),
    hours: (value: PublishedSum) => hoursText(words, value, minimum, language),
    median: (value: PublishedDistribution) => medianText(words, value, minimum, language),
    /** A breakdown's cells as chart bars, in the order the api gives them. */
    bars: (cells: Record<string, PublishedCount>, kind: CellKind) =>
      Object.entries(cells).map(([key, value]) => ({ label: cellLabel(words, kind, key), value: chartValue(value), text: countText(words, value, minimum, language) })),
    cellLabel: (kind: CellKind, key: string) => cellLabel(words, kind, key),
  };
}

export type ReportFormat = ReturnType<typeof useReportFormat>;

function cellLabel(words: ReturnType<typeof reportWords>, kind: CellKind, key: string): string {
  if (kind === 'plain') return key === 'unknown' ? words('gender.unknown') : key;
  return words(`${kind}.${key}`);
}
