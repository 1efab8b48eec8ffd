// Consent (README "Consent in short"): a 15-year-old pupil agreed to everything; the parents have
// not answered yet, so the next step is to ask them, and matching waits (CON-1, CON-2).
import assert from 'node:assert/strict';
import { assessConsent, consentAgeFields } from '@driehoek/domain/consent';
import { programmeSettingsFromTemplate } from '@driehoek/domain/programme';

const pupil = { birthDate: '2010-05-15' };
const { consent } = programmeSettingsFromTemplate('thuisschoolmaatje');

/**
 * The pupil's "yes" to one purpose, as a coordinator records it in person.
 * @param {import('@driehoek/domain/consent').ConsentPurpose} purpose
 * @returns {import('@driehoek/domain/consent').ConsentRecord}
 */
const pupilSaidYes = (purpose) => ({
  id: `consent-${purpose}`,
  subjectId: 'pupil-1',
  applicationId: 'application-1',
  purpose,
  dataCategories: ['contact details', 'help request'],
  recipients: ['matchedVolunteer'],
  giverPersonId: 'pupil-1',
  giverRole: 'pupil',
  ...consentAgeFields(pupil, 'pupil', '2025-09-10'),
  notice: { versionId: 'pupil-2025-1', contentHash: 'sha256:abc', language: 'nl', childFriendly: true },
  affirmativeAction: true,
  decision: 'given',
  decidedOn: '2025-09-10',
  method: 'inPerson',
  recordedBy: { personId: 'coordinator-ans', role: 'coordinator' },
  status: 'given',
});

const records = consent.purposes.map((requirement) => pupilSaidYes(requirement.purpose));
const assessment = assessConsent(records, [], pupil, consent, '2025-09-15');

assert.equal(assessment.subjectAge, 15);
assert.equal(assessment.nextStep, 'askParents');
assert.equal(assessment.readyToMatch, false);
assert.ok(assessment.blockers.includes('CONSENT.GUARDIAN_MISSING'));
console.log('consent:', assessment.nextStep, '- blockers:', assessment.blockers.join(', '));
