import type { Geocoder } from './geocoder.js';

/** The coordinate columns for a postcode; null when it cannot be placed (the pair is then not scored on distance). */
export async function locate(geocoder: Geocoder, postcode: string): Promise<{ latitude: number | null; longitude: number | null }> {
  const point = await geocoder.locate(postcode);
  return { latitude: point?.lat ?? null, longitude: point?.lon ?? null };
}
