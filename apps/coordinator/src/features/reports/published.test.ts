import { describe, expect, it } from 'vitest';
import { chartValue, countText, hoursText, medianText, reportWords, reportingLocaleOf, shareText } from './published';

const en = reportWords('en');
const nl = reportWords('nl');

describe('published figures on the report pages (EVA-2)', () => {
  it('shows a count, or the reason it is withheld in the words of the files', () => {
    expect(countText(en, { shown: true, value: 1234 }, 5, 'en')).toBe('1,234');
    expect(countText(en, { shown: false, reason: 'belowMinimum' }, 5, 'en')).toBe('fewer than 5');
    expect(countText(nl, { shown: false, reason: 'belowMinimum' }, 5, 'nl')).toBe('minder dan 5');
  });

  it('shows a share with its numerator and denominator; no denominator is no share', () => {
    expect(shareText(en, { shown: true, numerator: 4, denominator: 10, ratio: 0.4 }, 5, 'en')).toBe('40% (4/10)');
    expect(shareText(en, { shown: true, numerator: 0, denominator: 0, ratio: null }, 5, 'en')).toBe('–');
  });

  it('shows minutes as hours with one decimal and a median, or a dash without one', () => {
    expect(hoursText(en, { shown: true, value: 95, contributors: 6 }, 5, 'en')).toBe('1.6');
    expect(medianText(en, { shown: true, size: 0, average: null, median: null }, 5, 'en')).toBe('–');
    expect(medianText(en, { shown: true, size: 6, average: 100, median: 92.5 }, 5, 'en')).toBe('92.5');
  });

  it('a withheld count draws no bar, and the language falls back to Dutch', () => {
    expect(chartValue({ shown: false, reason: 'revealsWithheld' })).toBeNull();
    expect(chartValue({ shown: true, value: 0 })).toBe(0);
    expect(reportingLocaleOf('en-GB')).toBe('en');
    expect(reportingLocaleOf('de')).toBe('nl');
  });
});
