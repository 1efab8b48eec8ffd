import { describe, expect, it } from 'vitest';
import { amsterdamInstant, amsterdamOffsetAt, isUtcInstant, summerTimeOf } from './amsterdam.js';

describe('Europe/Amsterdam without Intl (EU summer time: last Sunday of March to last Sunday of October, 01:00 UTC)', () => {
  it('summer time 2026 starts on Sunday 29 March and ends on Sunday 25 October, both at 01:00 UTC', () => {
    const { startsAt, endsAt } = summerTimeOf(2026);
    expect(new Date(startsAt).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(new Date(endsAt).toISOString()).toBe('2026-10-25T01:00:00.000Z');
    const y2025 = summerTimeOf(2025);
    expect(new Date(y2025.startsAt).toISOString()).toBe('2025-03-30T01:00:00.000Z');
    expect(new Date(y2025.endsAt).toISOString()).toBe('2025-10-26T01:00:00.000Z');
  });

  it('a Tuesday 19:00 meeting is 18:00Z in winter time (CET, UTC+1) and 17:00Z in summer time (CEST, UTC+2)', () => {
    expect(amsterdamInstant('2026-03-24', '19:00')).toBe('2026-03-24T18:00:00Z');
    expect(amsterdamInstant('2026-03-31', '19:00')).toBe('2026-03-31T17:00:00Z');
    expect(amsterdamInstant('2026-10-20', '19:00')).toBe('2026-10-20T17:00:00Z');
    expect(amsterdamInstant('2026-10-27', '19:00')).toBe('2026-10-27T18:00:00Z');
  });

  it('the offset changes at exactly 01:00 UTC on the transition Sundays', () => {
    expect(amsterdamOffsetAt(Date.UTC(2026, 2, 29, 0, 59))).toBe(60);
    expect(amsterdamOffsetAt(Date.UTC(2026, 2, 29, 1, 0))).toBe(120);
    expect(amsterdamOffsetAt(Date.UTC(2026, 9, 25, 0, 59))).toBe(120);
    expect(amsterdamOffsetAt(Date.UTC(2026, 9, 25, 1, 0))).toBe(60);
  });

  it('last Sunday of March: 01:59 is still CET, 03:00 is CEST, and the missing 02:30 reads as 03:30 CEST', () => {
    expect(amsterdamInstant('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00Z');
    expect(amsterdamInstant('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00Z');
    expect(amsterdamInstant('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00Z');
    expect(amsterdamInstant('2026-03-29', '19:00')).toBe('2026-03-29T17:00:00Z');
  });

  it('last Sunday of October: the twice-occurring 02:30 is the first (CEST); 03:00 and the evening are CET', () => {
    expect(amsterdamInstant('2026-10-25', '01:30')).toBe('2026-10-24T23:30:00Z');
    expect(amsterdamInstant('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00Z');
    expect(amsterdamInstant('2026-10-25', '03:00')).toBe('2026-10-25T02:00:00Z');
    expect(amsterdamInstant('2026-10-25', '19:00')).toBe('2026-10-25T18:00:00Z');
  });

  it('New Year and midsummer stay on the right side of midnight', () => {
    expect(amsterdamInstant('2026-01-01', '00:30')).toBe('2025-12-31T23:30:00Z');
    expect(amsterdamInstant('2026-07-01', '01:00')).toBe('2026-06-30T23:00:00Z');
  });
});

describe('isUtcInstant', () => {
  it('accepts a UTC instant as the server writes it, with or without seconds or milliseconds, and nothing else', () => {
    expect(isUtcInstant('2025-10-01T21:59:00Z')).toBe(true);
    expect(isUtcInstant('2025-10-01T21:59:00.123Z')).toBe(true);
    expect(isUtcInstant('2025-10-01T21:59Z')).toBe(true);
    expect(isUtcInstant('2025-10-01T21:59:00+02:00')).toBe(false);
    expect(isUtcInstant('2025-10-01')).toBe(false);
  });
});
