/**
 * Which consent records count now. B2 keeps every record (a refusal, a withdrawal, an old version):
 * the current one per purpose and giver is the one no other record supersedes.
 */
import type { ConsentRecord, ConsentStatus } from './types.js';

/**
 * The records that are not superseded: status not SUPERSEDED, and no other record names them in
 * `supersedesConsentId` (so a chain whose status was not updated still reads right).
 */
export function currentConsentRecords(records: readonly ConsentRecord[]): readonly ConsentRecord[] {
  const superseded = new Set(records.flatMap((record) => (record.supersedesConsentId ? [record.supersedesConsentId] : [])));
  return records.filter((record) => record.status !== 'superseded' && !superseded.has(record.id));
}

/** A record's status, reading a recorded withdrawal as WITHDRAWN even if the status was not updated (CON-4). */
export function effectiveConsentStatus(record: ConsentRecord): ConsentStatus {
  if (record.status === 'superseded') return 'superseded';
  if (record.withdrawal) return 'withdrawn';
  return record.status;
}
