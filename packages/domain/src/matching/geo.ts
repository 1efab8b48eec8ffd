/**
 * Distance on the earth's surface. Coordinates come from the geocoding adapter, which lives
 * outside the domain; here only arithmetic.
 */
import type { GeoPoint } from './types.js';

/** Mean earth radius in km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two points given in radians (haversine formula). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const sinLat = Math.sin((lat2 - lat1) / 2);
  const sinLon = Math.sin((lon2 - lon1) / 2);
  const h = sinLat * sinLat + Math.cos(lat1) * Math.cos(lat2) * sinLon * sinLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Great-circle distance in km between two points in degrees. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const deg = Math.PI / 180;
  return haversineKm(a.lat * deg, a.lon * deg, b.lat * deg, b.lon * deg);
}
