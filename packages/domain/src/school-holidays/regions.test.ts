import { describe, expect, it } from 'vitest';
import { HOLIDAY_REGIONS, MUNICIPALITY_REGION_EXCEPTIONS, PROVINCES, holidayRegionOf, isHolidayRegion, isProvince, normaliseMunicipality, schoolHolidayRegion } from './regions.js';

describe("a school's holiday region (OCW regio-indeling: by province, with some municipalities)", () => {
  it('each province has a default region: Noord-Holland and Overijssel noord, Zuid-Holland and Utrecht midden, Limburg and Zeeland zuid', () => {
    expect(PROVINCES).toHaveLength(12);
    expect(holidayRegionOf({ province: 'noordHolland' })).toBe('noord');
    expect(holidayRegionOf({ province: 'overijssel' })).toBe('noord');
    expect(holidayRegionOf({ province: 'zuidHolland' })).toBe('midden');
    expect(holidayRegionOf({ province: 'utrecht', municipality: 'Utrecht' })).toBe('midden');
    expect(holidayRegionOf({ province: 'limburg', municipality: 'Maastricht' })).toBe('zuid');
    expect(holidayRegionOf({ province: 'zeeland' })).toBe('zuid');
  });

  it('documented exceptions: Eemnes (Utrecht) and Hattem (Gelderland) are noord; Arnhem and Nijmegen zuid; Apeldoorn stays midden', () => {
    expect(holidayRegionOf({ province: 'utrecht', municipality: 'Eemnes' })).toBe('noord');
    expect(holidayRegionOf({ province: 'gelderland', municipality: 'Hattem' })).toBe('noord');
    expect(holidayRegionOf({ province: 'gelderland', municipality: 'Arnhem' })).toBe('zuid');
    expect(holidayRegionOf({ province: 'gelderland', municipality: 'gemeente  Nijmegen ' })).toBe('zuid');
    expect(holidayRegionOf({ province: 'gelderland', municipality: 'berg-en-dal' })).toBe('zuid');
    expect(holidayRegionOf({ province: 'gelderland', municipality: 'Apeldoorn' })).toBe('midden');
    expect(holidayRegionOf({ province: 'flevoland', municipality: 'Zeewolde' })).toBe('midden');
    expect(holidayRegionOf({ province: 'flevoland', municipality: 'Almere' })).toBe('noord');
    expect(holidayRegionOf({ province: 'noordBrabant', municipality: 'Altena' })).toBe('midden');
  });

  it('an exception counts only in its own province (a municipality name in another province keeps that province’s region)', () => {
    expect(holidayRegionOf({ province: 'limburg', municipality: 'Hattem' })).toBe('zuid');
    for (const exception of MUNICIPALITY_REGION_EXCEPTIONS) expect(exception.region).not.toBe(holidayRegionOf({ province: exception.province }));
  });

  it("the school's own setting wins over its place; without either there is no region (the coordinator chooses)", () => {
    expect(schoolHolidayRegion({ holidayRegion: 'noord', province: 'limburg' })).toBe('noord');
    expect(schoolHolidayRegion({ province: 'gelderland', municipality: 'Wijchen' })).toBe('zuid');
    expect(schoolHolidayRegion({ holidayRegion: null, province: null })).toBeNull();
  });

  it('names are normalised: case, "gemeente", hyphens, spaces and diacritics', () => {
    expect(normaliseMunicipality('Gemeente Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(isHolidayRegion('midden')).toBe(true);
    expect(isHolidayRegion('oost')).toBe(false);
    expect(isProvince('noordBrabant')).toBe(true);
    expect(isProvince('Noord-Brabant')).toBe(false);
    expect(HOLIDAY_REGIONS).toEqual(['noord', 'midden', 'zuid']);
  });
});
