import { describe, expect, it } from 'vitest';
import { assessConsent } from './assess.js';
import { consent, pupil, pupilRequirements, withdrawn } from './fixtures.js';
import { contactDetailsShared } from './sharing.js';
import type { ConsentRecord, ConsentRequirements } from './types.js';

const today = '2025-09-15';
const pupilContact = consent('pupil', 'shareContactDetails', '2025-09-01');
const motherContact = consent('parentWithAuthority', 'shareContactDetails', '2025-09-03');
const shared = (records: readonly ConsentRecord[], requirements: ConsentRequirements = pupilRequirements) =>
  contactDetailsShared(assessConsent(records, [], pupil, requirements, today));

describe('contactDetailsShared', () => {
  it('CON-6: the volunteer sees the contact details only when the pupil and a guardian both gave SHARE_CONTACT_DETAILS', () => {
    expect(shared([])).toBe(false);
    expect(shared([pupilContact])).toBe(false);
    expect(shared([pupilContact, motherContact])).toBe(true);
  });

  it('CON-6: consent to take part alone does not share the contact details', () => {
    expect(shared([consent('pupil', 'mentoring', '2025-09-01'), consent('parentWithAuthority', 'mentoring', '2025-09-03')])).toBe(false);
  });

  it('CON-4: a withdrawal by either hides them at once', () => {
    expect(shared([pupilContact, withdrawn(motherContact, today)])).toBe(false);
    expect(shared([withdrawn(pupilContact, today), motherContact])).toBe(false);
  });

  it('CON-6: a refusal keeps them hidden', () => {
    expect(shared([pupilContact, consent('parentWithAuthority', 'shareContactDetails', '2025-09-03', { decision: 'refused', status: 'refused' })])).toBe(false);
  });

  it('CON-6: a programme that does not ask the purpose never shares them', () => {
    const withoutSharing: ConsentRequirements = { ...pupilRequirements, purposes: pupilRequirements.purposes.filter((p) => p.purpose !== 'shareContactDetails') };
    expect(shared([pupilContact, motherContact], withoutSharing)).toBe(false);
  });
});
