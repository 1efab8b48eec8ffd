import { describe, expect, it } from 'vitest';
import { offlineGeocoder, offlineLocation } from './offline.js';
import { parsePdokResponse, pdokGeocoder } from './pdok.js';

describe('geocoding', () => {
  it('places a postcode in its region offline (Utrecht 35xx, Zevenaar 69xx), and different areas apart', () => {
    const utrecht = offlineLocation('3541 AB')!;
    const zevenaar = offlineLocation('6901 AB')!;
    expect(Math.abs(utrecht.lat - 52.09)).toBeLessThan(0.06);
    expect(Math.abs(zevenaar.lon - 6.07)).toBeLessThan(0.09);
    expect(offlineLocation('3511 AB')).not.toEqual(offlineLocation('3584 CS'));
    expect(offlineLocation('ABCD')).toBeNull();
  });

  it("reads PDOK's centroid (recorded answer; tests never call out)", async () => {
    const body = { response: { numFound: 1, docs: [{ centroide_ll: 'POINT(5.11391 52.08969)' }] } };
    expect(parsePdokResponse(body)).toEqual({ lat: 52.08969, lon: 5.11391 });
    const fakeFetch = (async () => new Response(JSON.stringify(body), { status: 200 })) as typeof fetch;
    await expect(pdokGeocoder(offlineGeocoder, fakeFetch).locate('3511AB')).resolves.toEqual({ lat: 52.08969, lon: 5.11391 });
  });

  it('falls back to the offline table when PDOK is unreachable', async () => {
    const failing = (async () => {
      throw new Error('offline');
    }) as typeof fetch;
    await expect(pdokGeocoder(offlineGeocoder, failing).locate('3541 AB')).resolves.toEqual(offlineLocation('3541 AB'));
  });
});
