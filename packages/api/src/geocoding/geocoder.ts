import type { GeoPoint } from '@driehoek/domain/matching';

/**
 * Turns a Dutch postcode into coordinates for the distance rule. An adapter outside the domain:
 * the domain only sees coordinates. Production uses the public PDOK locatieserver; demo data and
 * tests use the offline table, so no test ever calls out.
 */
export interface Geocoder {
  locate(postcode: string): Promise<GeoPoint | null>;
}
