import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, mustAudit, readAuditKey, type AuditEvent } from './audit-reads.js';

const read: AuditEvent = { sessionId: 's-1', action: 'read', recordType: 'pupil', recordId: 'p-1', at: '2026-02-01T10:00:00Z' };

describe('audit reads once per session and record (reference test 45; NEN 7513 as model)', () => {
  it('the first read of a record in a session is written; the next reads of it in that session are not', () => {
    expect(mustAudit(read, null)).toBe(true);
    expect(mustAudit({ ...read, at: '2026-02-01T10:05:00Z' }, { sessionId: 's-1', recordType: 'pupil', recordId: 'p-1', at: '2026-02-01T10:00:00Z' })).toBe(false);
  });

  it('a new session, another record or another record type is read anew', () => {
    const last = { sessionId: 's-1', recordType: 'pupil', recordId: 'p-1', at: '2026-02-01T10:00:00Z' };
    expect(mustAudit({ ...read, sessionId: 's-2' }, last)).toBe(true);
    expect(mustAudit({ ...read, recordId: 'p-2' }, last)).toBe(true);
    expect(mustAudit({ ...read, recordType: 'concern' }, last)).toBe(true);
  });

  it('every action but a read is always written: changes, exports, prints, searches, break-glass access', () => {
    const last = { sessionId: 's-1', recordType: 'pupil', recordId: 'p-1', at: '2026-02-01T10:00:00Z' };
    for (const action of AUDIT_ACTIONS.filter((a) => a !== 'read')) expect(mustAudit({ ...read, action }, last), action).toBe(true);
  });

  it('the key separates its parts, so "a"+"bc" and "ab"+"c" never collide', () => {
    expect(readAuditKey('s', 'a', 'bc')).not.toBe(readAuditKey('s', 'ab', 'c'));
  });
});
