/** Money: cents on the wire, euros on the screen. */

/** Cents as an amount in euros in the reader's language: 1250 → "€ 12,50" (nl) or "€12.50" (en). */
export function formatEuros(cents: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export { eurosToCents } from './features/programmes/settings-shape';
