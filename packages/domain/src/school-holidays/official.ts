/**
 * The official school holidays (schoolvakanties) of the Netherlands per region, as the Ministry of
 * Education, Culture and Science (OCW) publishes them years ahead on rijksoverheid.nl ("Overzicht
 * schoolvakanties per schooljaar"). Every holiday runs from a Saturday to a Sunday, both included.
 *
 * - Fixed (vastgesteld; Regeling vaststelling schoolvakanties): kerstvakantie (2 weeks), meivakantie
 *   (1 week) and zomervakantie (6 weeks). Primary and secondary schools must keep them; only OCW may
 *   grant an exception. Kerst and mei are the same in the three regions; the summer is spread.
 * - Advice (adviesdata): herfstvakantie and voorjaarsvakantie. "Uw school mag hier van afwijken"
 *   (with its participation council's consent); many primary schools do, so an organisation records
 *   its schools' own days as edits (`HolidayEdit`). OCW also advises an optional second May week
 *   (2028: 22–30 April); it is not in this data, a school that takes it is an edit.
 *
 * Each school year carries its source and whether its dates were checked against the official page
 * (`verified`); see the README's table. There is no network in the domain: new years are added here
 * by hand, from the page named in `source`.
 */
import type { IsoDate } from '../calendar/index.js';
import type { HolidayRegion } from './regions.js';

/** OCW's five school holidays, by their Dutch names. */
export const SCHOOL_HOLIDAY_KINDS = ['herfstvakantie', 'kerstvakantie', 'voorjaarsvakantie', 'meivakantie', 'zomervakantie'] as const;
export type SchoolHolidayKind = (typeof SCHOOL_HOLIDAY_KINDS)[number];

/** `fixed`: set by OCW for every school; `advice`: OCW's advised dates, a school may deviate. */
export type HolidayStatus = 'fixed' | 'advice';

/** Which holidays are fixed and which are advice (rijksoverheid.nl, "Overheid stelt data schoolvakanties vast"). */
export const HOLIDAY_STATUS: Readonly<Record<SchoolHolidayKind, HolidayStatus>> = {
  herfstvakantie: 'advice',
  kerstvakantie: 'fixed',
  voorjaarsvakantie: 'advice',
  meivakantie: 'fixed',
  zomervakantie: 'fixed',
};

interface Days {
  readonly from: IsoDate;
  readonly until: IsoDate;
}

/** One holiday of a school year, with its days per region. */
export interface OfficialHoliday {
  readonly kind: SchoolHolidayKind;
  readonly status: HolidayStatus;
  readonly dates: Readonly<Record<HolidayRegion, Days>>;
}

/** Where a school year's dates come from. */
export interface HolidaySource {
  readonly publisher: string;
  readonly title: string;
  readonly url: string;
}

/** The official holidays of one school year (August to July), `2026-2027`. */
export interface SchoolYearHolidays {
  readonly schoolYear: string;
  readonly source: HolidaySource;
  /** True when every date was checked against the page in `source`; false: check before relying on it. */
  readonly verified: boolean;
  /** How the dates were checked, and what is least certain. */
  readonly note: string;
  readonly holidays: readonly OfficialHoliday[];
}

const source = (schoolYear: string): HolidaySource => ({
  publisher: 'Rijksoverheid, Ministerie van Onderwijs, Cultuur en Wetenschap',
  title: `Schoolvakanties: overzicht schoolvakanties ${schoolYear}`,
  url: `https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-${schoolYear}`,
});

const everywhere = (from: IsoDate, until: IsoDate): Readonly<Record<HolidayRegion, Days>> => ({
  noord: { from, until },
  midden: { from, until },
  zuid: { from, until },
});

const holiday = (kind: SchoolHolidayKind, dates: Readonly<Record<HolidayRegion, Days>>): OfficialHoliday => ({ kind, status: HOLIDAY_STATUS[kind], dates });

/** The school years 2025–2026, 2026–2027 and 2027–2028. */
export const OFFICIAL_SCHOOL_HOLIDAYS: readonly SchoolYearHolidays[] = [
  {
    schoolYear: '2025-2026',
    source: source('2025-2026'),
    verified: false,
    note:
      'Written from knowledge and checked against secondary sources only (school calendars of each region that name Rijksoverheid): ' +
      'herfst, kerst, voorjaar and zomer agree with them; the meivakantie is the fixed week around Koningsdag (week 18).',
    holidays: [
      holiday('herfstvakantie', { noord: { from: '2025-10-18', until: '2025-10-26' }, midden: { from: '2025-10-18', until: '2025-10-26' }, zuid: { from: '2025-10-11', until: '2025-10-19' } }),
      holiday('kerstvakantie', everywhere('2025-12-20', '2026-01-04')),
      holiday('voorjaarsvakantie', { noord: { from: '2026-02-21', until: '2026-03-01' }, midden: { from: '2026-02-14', until: '2026-02-22' }, zuid: { from: '2026-02-14', until: '2026-02-22' } }),
      holiday('meivakantie', everywhere('2026-04-25', '2026-05-03')),
      holiday('zomervakantie', { noord: { from: '2026-07-04', until: '2026-08-16' }, midden: { from: '2026-07-18', until: '2026-08-30' }, zuid: { from: '2026-07-11', until: '2026-08-23' } }),
    ],
  },
  {
    schoolYear: '2026-2027',
    source: source('2026-2027'),
    verified: false,
    note:
      'Written from knowledge and school calendars (not the official page). Kerst 19 Dec 2026 – 3 Jan 2027 is certain. ' +
      'Least certain: zomer zuid (24 Jul – 5 Sep 2027 follows the rotation rule; one zuid school lists 17 Jul – 29 Aug) and the meivakantie ' +
      '(the fixed week 18, 1–9 May; 24 Apr – 2 May is OCW’s advised extra week if the fixed week is the other one).',
    holidays: [
      holiday('herfstvakantie', { noord: { from: '2026-10-10', until: '2026-10-18' }, midden: { from: '2026-10-17', until: '2026-10-25' }, zuid: { from: '2026-10-17', until: '2026-10-25' } }),
      holiday('kerstvakantie', everywhere('2026-12-19', '2027-01-03')),
      holiday('voorjaarsvakantie', { noord: { from: '2027-02-20', until: '2027-02-28' }, midden: { from: '2027-02-20', until: '2027-02-28' }, zuid: { from: '2027-02-06', until: '2027-02-14' } }),
      holiday('meivakantie', everywhere('2027-05-01', '2027-05-09')),
      holiday('zomervakantie', { noord: { from: '2027-07-10', until: '2027-08-22' }, midden: { from: '2027-07-17', until: '2027-08-29' }, zuid: { from: '2027-07-24', until: '2027-09-05' } }),
    ],
  },
  {
    schoolYear: '2027-2028',
    source: source('2027-2028'),
    verified: true,
    note: 'Checked date by date against a stored copy of the official page (rijksoverheid.nl, overzicht schoolvakanties 2027-2028).',
    holidays: [
      holiday('herfstvakantie', { noord: { from: '2027-10-16', until: '2027-10-24' }, midden: { from: '2027-10-16', until: '2027-10-24' }, zuid: { from: '2027-10-23', until: '2027-10-31' } }),
      holiday('kerstvakantie', everywhere('2027-12-25', '2028-01-09')),
      holiday('voorjaarsvakantie', { noord: { from: '2028-02-19', until: '2028-02-27' }, midden: { from: '2028-02-26', until: '2028-03-05' }, zuid: { from: '2028-02-26', until: '2028-03-05' } }),
      holiday('meivakantie', everywhere('2028-04-29', '2028-05-07')),
      holiday('zomervakantie', { noord: { from: '2028-07-15', until: '2028-08-27' }, midden: { from: '2028-07-08', until: '2028-08-20' }, zuid: { from: '2028-07-22', until: '2028-09-03' } }),
    ],
  },
];

/** One region's holiday as a run of days, with where it comes from. */
export interface SchoolHolidayPeriod {
  readonly kind: SchoolHolidayKind;
  readonly status: HolidayStatus;
  readonly schoolYear: string;
  readonly region: HolidayRegion;
  readonly from: IsoDate;
  readonly until: IsoDate;
}

/**
 * A region's official holidays that overlap `from`–`to` (both included), whole (not cut to the
 * window), in date order. `data` defaults to `OFFICIAL_SCHOOL_HOLIDAYS`.
 */
export function officialHolidaysOf(
  region: HolidayRegion,
  from: IsoDate,
  to: IsoDate,
  data: readonly SchoolYearHolidays[] = OFFICIAL_SCHOOL_HOLIDAYS,
): readonly SchoolHolidayPeriod[] {
  const periods: SchoolHolidayPeriod[] = [];
  for (const year of data) {
    for (const { kind, status, dates } of year.holidays) {
      const days = dates[region];
      if (days.until >= from && days.from <= to) periods.push({ kind, status, schoolYear: year.schoolYear, region, from: days.from, until: days.until });
    }
  }
  return periods.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The last day the data covers (the end of the last school year's summer, in the latest region). */
export function officialHolidaysCoverUntil(data: readonly SchoolYearHolidays[] = OFFICIAL_SCHOOL_HOLIDAYS): IsoDate | null {
  let last: IsoDate | null = null;
  for (const year of data) for (const { dates } of year.holidays) for (const days of Object.values(dates)) if (last === null || days.until > last) last = days.until;
  return last;
}
