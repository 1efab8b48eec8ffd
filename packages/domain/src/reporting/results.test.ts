import { describe, expect, it } from 'vitest';
import { publishItem, resultRowsOf, type ItemResult } from './results.js';
import { reportingText } from './texts.js';

const item = (respondents: number, counts: Record<string, number>, withheld = false): ItemResult => ({ itemId: 'planning', text: 'I plan my homework.', counts, respondents, withheld });

describe('questionnaire results in an export (EVA-2: no figure on fewer than five respondents)', () => {
  it('five respondents: their number, then each answer with its count and share', () => {
    expect(resultRowsOf(publishItem(item(5, { agree: 3, disagree: 1, couldBeImproved: 1 }), 5))).toEqual([
      { kind: 'respondents', count: 5 },
      { kind: 'answer', answer: 'agree', count: 3, share: 0.6 },
      { kind: 'answer', answer: 'disagree', count: 1, share: 0.2 },
      { kind: 'answer', answer: 'couldBeImproved', count: 1, share: 0.2 },
    ]);
  });

  it('four respondents, or an item the evaluation rules withheld: one line "too few respondents", no count', () => {
    expect(resultRowsOf(publishItem(item(4, { yes: 3, no: 1 }), 5))).toEqual([{ kind: 'tooFew' }]);
    expect(resultRowsOf(publishItem(item(9, { yes: 8, no: 1 }, true), 5))).toEqual([{ kind: 'tooFew' }]);
    expect(reportingText('nl', 'results.tooFew', { minimum: 5 })).toBe('te weinig respondenten (minder dan 5)');
  });
});
