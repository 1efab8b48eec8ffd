/**
 * The three holiday regions of Dutch schools (vakantieregio's noord, midden and zuid) and which one
 * a school is in. OCW assigns regions by municipality (Regeling vaststelling schoolvakanties,
 * "regio-indeling"); most provinces lie in one region, a few municipalities do not. A school's own
 * setting always wins: a school may be granted another region ("scholen kunnen via hun gemeente
 * aanvragen om tot een andere regio te behoren", OCW via gld.nl), and the exception list below is
 * written from knowledge, not copied from the regulation (README: check against rijksoverheid.nl,
 * "Regioindeling voor de schoolvakantie").
 */

/** OCW's holiday regions. */
export const HOLIDAY_REGIONS = ['noord', 'midden', 'zuid'] as const;
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number];

/** The twelve provinces of the Netherlands (Fryslân as `friesland`). */
export const PROVINCES = [
  'groningen',
  'friesland',
  'drenthe',
  'overijssel',
  'flevoland',
  'gelderland',
  'utrecht',
  'noordHolland',
  'zuidHolland',
  'zeeland',
  'noordBrabant',
  'limburg',
] as const;
export type Province = (typeof PROVINCES)[number];

export const isHolidayRegion = (value: string): value is HolidayRegion => (HOLIDAY_REGIONS as readonly string[]).includes(value);
export const isProvince = (value: string): value is Province => (PROVINCES as readonly string[]).includes(value);

/**
 * The region of most of a province's municipalities. Noord: Groningen, Friesland, Drenthe,
 * Overijssel, Flevoland, Noord-Holland; midden: Utrecht, Zuid-Holland and most of Gelderland; zuid:
 * Zeeland, Noord-Brabant, Limburg (news reports of OCW's division: "Onder de regio Zuid vallen heel
 * Limburg en Zeeland, vrijwel heel Noord-Brabant en het zuiden van de provincie Gelderland, waaronder
 * de steden Arnhem en Nijmegen", ANP 2023).
 */
export const PROVINCE_HOLIDAY_REGIONS: Readonly<Record<Province, HolidayRegion>> = {
  groningen: 'noord',
  friesland: 'noord',
  drenthe: 'noord',
  overijssel: 'noord',
  flevoland: 'noord',
  noordHolland: 'noord',
  utrecht: 'midden',
  zuidHolland: 'midden',
  gelderland: 'midden',
  zeeland: 'zuid',
  noordBrabant: 'zuid',
  limburg: 'zuid',
};

/** A municipality whose region differs from its province's. */
export interface MunicipalityRegionException {
  readonly province: Province;
  readonly municipality: string;
  readonly region: HolidayRegion;
}

const exceptions = (province: Province, region: HolidayRegion, municipalities: readonly string[]): readonly MunicipalityRegionException[] =>
  municipalities.map((municipality) => ({ province, municipality, region }));

/**
 * The municipalities outside their province's region, as far as known here (verified: false; the
 * regulation's annex is the source). Sourced by news reports: Eemnes (Utrecht) and Hattem
 * (Gelderland, "de enige gemeente in Gelderland die in de regio Noord valt") are in noord; Arnhem
 * and Nijmegen in zuid. The other Gelderland municipalities in zuid, Zeewolde (Flevoland) in midden
 * and Altena (Noord-Brabant) in midden are from knowledge of the regulation.
 */
export const MUNICIPALITY_REGION_EXCEPTIONS: readonly MunicipalityRegionException[] = [
  ...exceptions('utrecht', 'noord', ['Eemnes']),
  ...exceptions('gelderland', 'noord', ['Hattem']),
  ...exceptions('gelderland', 'zuid', [
    'Arnhem',
    'Berg en Dal',
    'Beuningen',
    'Doesburg',
    'Druten',
    'Duiven',
    'Heumen',
    'Lingewaard',
    'Maasdriel',
    'Montferland',
    'Nijmegen',
    'Overbetuwe',
    'Renkum',
    'Rheden',
    'Rozendaal',
    'West Maas en Waal',
    'Westervoort',
    'Wijchen',
    'Zevenaar',
  ]),
  ...exceptions('flevoland', 'midden', ['Zeewolde']),
  ...exceptions('noordBrabant', 'midden', ['Altena']),
];

/** "Gemeente Berg en Dal", "berg-en-dal", "Berg en  Dal" → "berg en dal"; diacritics dropped (Súdwest-Fryslân). */
export function normaliseMunicipality(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^gemeente\s+/, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

const exceptionByMunicipality = new Map(MUNICIPALITY_REGION_EXCEPTIONS.map((exception) => [normaliseMunicipality(exception.municipality), exception]));

/**
 * The holiday region of a place: the municipality's exception when it is listed for that province,
 * otherwise the province's region. `holidayRegionOf({ province: 'gelderland', municipality:
 * 'Nijmegen' })` is `zuid`; Apeldoorn (not listed) is `midden`.
 */
export function holidayRegionOf(place: { readonly province: Province; readonly municipality?: string | null }): HolidayRegion {
  const exception = place.municipality ? exceptionByMunicipality.get(normaliseMunicipality(place.municipality)) : undefined;
  return exception && exception.province === place.province ? exception.region : PROVINCE_HOLIDAY_REGIONS[place.province];
}

/** What the api knows of a school to find its region: the coordinator's setting and/or its place. */
export interface SchoolPlace {
  /** Set on the school by a coordinator (the school's own region, e.g. after a granted exception). */
  readonly holidayRegion?: HolidayRegion | null;
  readonly province?: Province | null;
  readonly municipality?: string | null;
}

/**
 * A school's holiday region: its own setting when there is one, else the region of its province
 * and municipality, else null (the coordinator must choose one; the schedule then has no school
 * holidays rather than another region's).
 */
export function schoolHolidayRegion(school: SchoolPlace): HolidayRegion | null {
  if (school.holidayRegion) return school.holidayRegion;
  return school.province ? holidayRegionOf({ province: school.province, municipality: school.municipality ?? null }) : null;
}
