import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/index.js';
import { dayNumber, weekdayIndex } from '../schedule/days.js';
import { HOLIDAY_STATUS, OFFICIAL_SCHOOL_HOLIDAYS, SCHOOL_HOLIDAY_KINDS, officialHolidaysCoverUntil, officialHolidaysOf } from './official.js';
import { HOLIDAY_REGIONS } from './regions.js';

const LENGTH_IN_DAYS = { herfstvakantie: 9, kerstvakantie: 16, voorjaarsvakantie: 9, meivakantie: 9, zomervakantie: 44 } as const;
const SATURDAY = 5;
const SUNDAY = 6;

describe('the official school holidays (Rijksoverheid, "Schoolvakanties", OCW)', () => {
  it('covers the school years 2025–2026, 2026–2027 and 2027–2028, each with its source on rijksoverheid.nl', () => {
    expect(OFFICIAL_SCHOOL_HOLIDAYS.map((year) => year.schoolYear)).toEqual(['2025-2026', '2026-2027', '2027-2028']);
    for (const year of OFFICIAL_SCHOOL_HOLIDAYS) {
      expect(year.source.url).toBe(`https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-${year.schoolYear}`);
      expect(year.note.length).toBeGreaterThan(0);
      expect(year.holidays.map((holiday) => holiday.kind)).toEqual([...SCHOOL_HOLIDAY_KINDS]);
    }
    expect(OFFICIAL_SCHOOL_HOLIDAYS.map((year) => year.verified)).toEqual([false, false, true]);
  });

  it('every holiday runs from a Saturday to a Sunday: herfst, voorjaar and mei 9 days, kerst 16, zomer 44 (six weeks)', () => {
    for (const year of OFFICIAL_SCHOOL_HOLIDAYS) {
      for (const holiday of year.holidays) {
        for (const region of HOLIDAY_REGIONS) {
          const { from, until } = holiday.dates[region];
          expect(weekdayIndex(dayNumber(from)), `${year.schoolYear} ${holiday.kind} ${region}`).toBe(SATURDAY);
          expect(weekdayIndex(dayNumber(until)), `${year.schoolYear} ${holiday.kind} ${region}`).toBe(SUNDAY);
          expect(dayNumber(until) - dayNumber(from) + 1, `${year.schoolYear} ${holiday.kind} ${region}`).toBe(LENGTH_IN_DAYS[holiday.kind]);
        }
      }
    }
  });

  it('kerst- and meivakantie are national; herfst and voorjaar are advice, kerst, mei and zomer fixed', () => {
    for (const year of OFFICIAL_SCHOOL_HOLIDAYS) {
      for (const holiday of year.holidays.filter((h) => h.kind === 'kerstvakantie' || h.kind === 'meivakantie')) {
        expect(holiday.dates.noord).toEqual(holiday.dates.midden);
        expect(holiday.dates.midden).toEqual(holiday.dates.zuid);
      }
      for (const holiday of year.holidays) expect(holiday.status).toBe(HOLIDAY_STATUS[holiday.kind]);
    }
    expect(HOLIDAY_STATUS).toEqual({ herfstvakantie: 'advice', kerstvakantie: 'fixed', voorjaarsvakantie: 'advice', meivakantie: 'fixed', zomervakantie: 'fixed' });
  });

  it('the summer is spread: the three regions start in three different weeks every year', () => {
    for (const year of OFFICIAL_SCHOOL_HOLIDAYS) {
      const summer = year.holidays.find((holiday) => holiday.kind === 'zomervakantie')!;
      expect(new Set(HOLIDAY_REGIONS.map((region) => summer.dates[region].from)).size).toBe(3);
    }
  });

  it('kerstvakantie 2026 is 19 December 2026 – 3 January 2027, so 24, 25 and 31 December fall in it', () => {
    const christmas = OFFICIAL_SCHOOL_HOLIDAYS[1]!.holidays.find((holiday) => holiday.kind === 'kerstvakantie')!;
    expect(christmas.dates.midden).toEqual({ from: '2026-12-19', until: '2027-01-03' });
    for (const day of ['2026-12-24', '2026-12-25', '2026-12-31']) expect(day >= christmas.dates.midden.from && day <= christmas.dates.midden.until).toBe(true);
  });

  it('2027–2028 as on the official page: herfst zuid 23–31 Oct, kerst 25 Dec – 9 Jan, zomer midden first (8 Jul) and zuid last (22 Jul – 3 Sep)', () => {
    const [autumn, christmas, spring, may, summer] = OFFICIAL_SCHOOL_HOLIDAYS[2]!.holidays;
    expect(autumn!.dates).toEqual({ noord: { from: '2027-10-16', until: '2027-10-24' }, midden: { from: '2027-10-16', until: '2027-10-24' }, zuid: { from: '2027-10-23', until: '2027-10-31' } });
    expect(christmas!.dates.noord).toEqual({ from: '2027-12-25', until: '2028-01-09' });
    expect(spring!.dates.noord).toEqual({ from: '2028-02-19', until: '2028-02-27' });
    expect(may!.dates.zuid).toEqual({ from: '2028-04-29', until: '2028-05-07' });
    expect(summer!.dates).toEqual({ noord: { from: '2028-07-15', until: '2028-08-27' }, midden: { from: '2028-07-08', until: '2028-08-20' }, zuid: { from: '2028-07-22', until: '2028-09-03' } });
  });

  it("a school year's holidays follow one another, and the next school year starts after the summer of each region", () => {
    for (const region of HOLIDAY_REGIONS) {
      const periods = officialHolidaysOf(region, '2025-08-01', '2028-09-30');
      expect(periods).toHaveLength(15);
      for (let i = 1; i < periods.length; i += 1) expect(periods[i]!.from > addDays(periods[i - 1]!.until, 7)).toBe(true);
    }
  });

  it('officialHolidaysOf gives whole periods that overlap the window, only of the region asked', () => {
    expect(officialHolidaysOf('zuid', '2025-10-15', '2025-10-15')).toEqual([
      { kind: 'herfstvakantie', status: 'advice', schoolYear: '2025-2026', region: 'zuid', from: '2025-10-11', until: '2025-10-19' },
    ]);
    expect(officialHolidaysOf('noord', '2025-10-15', '2025-10-15')).toEqual([]);
    expect(officialHolidaysCoverUntil()).toBe('2028-09-03');
  });
});
