import type { EarlyEndingsRow } from '../../api-types';
import { CLOSURE_REASONS } from '../matches/running/vocabulary';

export type Row = EarlyEndingsRow;

/** The reasons in the table: the contract's, then any other the api reports (shown with its own words or "other"). */
export function reasonsOf(rows: readonly Row[]): string[] {
  const extra = [...new Set(rows.flatMap((row) => Object.keys(row.byReason)))].filter((reason) => !(CLOSURE_REASONS as readonly string[]).includes(reason));
  return [...CLOSURE_REASONS, ...extra.sort()];
}

/** The share of early endings as a whole percentage; none closed is 0. */
export function earlyShare(row: Pick<Row, 'closed' | 'early'>): number {
  return row.closed > 0 ? Math.round((row.early / row.closed) * 100) : 0;
}

