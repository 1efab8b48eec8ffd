import { describe, expect, it } from 'vitest';
import { EXPORT_RULES } from './export.js';
import { forbiddenFieldProblem, forbiddenFields } from './fields.js';

describe('PRV-1: there are no fields for BSN or ID-document copies', () => {
  it('PRV-1: BSN fields are found in any spelling (bsn, burgerservicenummer, citizen service number, SSN)', () => {
    for (const name of ['bsn', 'pupilBsn', 'BSN_NUMBER', 'burgerservicenummer', 'citizenServiceNumber', 'socialSecurityNumber', 'sofiNummer', 'ssn']) {
      expect(forbiddenFieldProblem(name), name).toBe('PRIVACY.BSN_FIELD');
    }
  });

  it('PRV-1: identity-document fields are found (copies, scans, numbers of a passport, ID card or driving licence)', () => {
    for (const name of ['idCopy', 'id_copy_url', 'IDScan', 'identityDocumentNumber', 'passportNumber', 'paspoortKopie', 'idCardPhoto', 'drivingLicenceScan', 'rijbewijs', 'documentNumber']) {
      expect(forbiddenFieldProblem(name), name).toBe('PRIVACY.ID_DOCUMENT_FIELD');
    }
  });

  it('words, not substrings: ordinary fields are not flagged', () => {
    for (const name of ['id', 'pupilId', 'jobsNotified', 'subjectId', 'noticeVersionId', 'authorityVerificationMethod', 'identityVerified', 'documentReference', 'idle', 'vogJustisReference']) {
      expect(forbiddenFieldProblem(name), name).toBeNull();
    }
    expect(forbiddenFields(['firstName', 'bsn', 'idCopy'])).toEqual([
      { ok: false, code: 'PRIVACY.BSN_FIELD', field: 'bsn' },
      { ok: false, code: 'PRIVACY.ID_DOCUMENT_FIELD', field: 'idCopy' },
    ]);
  });

  it('PRV-1: no export rule lists such a field', () => {
    const names = Object.values(EXPORT_RULES).flatMap((rule) => [...rule.fields, ...rule.writtenByOthers]);
    expect(forbiddenFields(names)).toEqual([]);
  });
});
