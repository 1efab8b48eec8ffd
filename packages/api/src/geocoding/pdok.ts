import type { GeoPoint } from '@driehoek/domain/matching';
import type { Geocoder } from './geocoder.js';

const PDOK_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

/** Reads PDOK's answer: the first document's `centroide_ll`, "POINT(lon lat)". */
export function parsePdokResponse(body: unknown): GeoPoint | null {
  const docs = (body as { response?: { docs?: { centroide_ll?: string }[] } })?.response?.docs;
  const point = docs?.[0]?.centroide_ll;
  const match = point ? /^POINT\(([-\d.]+) ([-\d.]+)\)$/.exec(point) : null;
  return match ? { lat: Number(match[2]), lon: Number(match[1]) } : null;
}

/**
 * The Dutch public geocoder (PDOK locatieserver, no key needed). Falls back to the given geocoder
 * when PDOK is unreachable, so an outage never blocks an application.
 */
export function pdokGeocoder(fallback: Geocoder, fetchImpl: typeof fetch = fetch): Geocoder {
  return {
    async locate(postcode) {
      const query = new URLSearchParams({ q: postcode.replace(/\s+/g, ''), fq: 'type:postcode', rows: '1', fl: 'centroide_ll' });
      try {
        const response = await fetchImpl(`${PDOK_URL}?${query}`, { signal: AbortSignal.timeout(3000) });
        if (response.ok) return parsePdokResponse(await response.json()) ?? (await fallback.locate(postcode));
      } catch {
        // Unreachable: use the fallback below.
      }
      return fallback.locate(postcode);
    },
  };
}
