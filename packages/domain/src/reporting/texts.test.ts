import { describe, expect, it } from 'vitest';
import { COMPLIANCE_FIGURES } from './compliance.js';
import { REPORT_SECTIONS } from './programme-report.js';
import { REPORTING_TEXTS, reportingText, type ReportingTextKey } from './texts.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();

describe('the texts of the reports, in English and Dutch', () => {
  it('both languages have the same keys, none empty, with the same placeholders', () => {
    const keys = Object.keys(REPORTING_TEXTS.en).sort();
    expect(Object.keys(REPORTING_TEXTS.nl).sort()).toEqual(keys);
    for (const key of keys as ReportingTextKey[]) {
      expect(REPORTING_TEXTS.en[key].trim(), key).not.toBe('');
      expect(placeholders(REPORTING_TEXTS.nl[key]), key).toEqual(placeholders(REPORTING_TEXTS.en[key]));
    }
  });

  it('every compliance figure has a label and a plain-language explanation; every annex heading a text', () => {
    for (const key of COMPLIANCE_FIGURES) {
      expect(REPORTING_TEXTS.nl[`figure.${key}.explanation`].length).toBeGreaterThan(40);
    }
    for (const section of REPORT_SECTIONS) expect(REPORTING_TEXTS.nl[`section.${section.key}`]).toBeTruthy();
  });

  it('fills the placeholders it has values for and leaves the rest', () => {
    expect(reportingText('nl', 'figure.closedWithinMonths.label', { months: 3 })).toBe('Binnen 3 maanden beëindigd');
    expect(reportingText('en', 'withheld.belowMinimum', { minimum: 5 })).toBe('fewer than 5');
    expect(reportingText('en', 'withheld.belowMinimum')).toBe('fewer than {{minimum}}');
    expect(reportingText('nl', 'stage.interview')).toBe('Gesprek (indien nodig)');
  });
});
