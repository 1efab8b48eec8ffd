import { describe, expect, it } from 'vitest';
import { eurosToCents, formatEuros } from './money';

describe('money', () => {
  it('shows cents as euros in the reader’s language', () => {
    expect(formatEuros(1250, 'nl').replace(/\s/g, ' ')).toBe('€ 12,50');
    expect(formatEuros(1250, 'en')).toBe('€12.50');
  });

  it('reads euros typed with a comma or a point', () => {
    expect(eurosToCents('12,50')).toBe(1250);
    expect(eurosToCents('7.5')).toBe(750);
    expect(eurosToCents('twelve')).toBeNull();
  });
});
