import { describe, expect, it } from 'vitest';
import { checkMatchActivation, type MatchActivationFacts } from './activation.js';
import { assessConsent } from './assess.js';
import { consent, pupil, pupilRequirements } from './fixtures.js';

const today = '2025-09-15';
const complete = [
  consent('pupil', 'mentoring', '2025-09-01'),
  consent('pupil', 'shareContactDetails', '2025-09-01'),
  consent('parentWithAuthority', 'mentoring', '2025-09-03'),
  consent('parentWithAuthority', 'shareContactDetails', '2025-09-03'),
];
const ready: MatchActivationFacts = {
  consent: assessConsent(complete, [], pupil, pupilRequirements, today),
  volunteerScreening: 'cleared',
  openConcernSuspendsMatch: false,
};

describe('checkMatchActivation', () => {
  it('CON-1: a match becomes ACTIVE with consents in place, a CLEARED volunteer and no suspending concern', () => {
    expect(checkMatchActivation(ready)).toBeNull();
  });

  it('CON-1(i)(ii): not without the consents the programme needs', () => {
    const waiting = { ...ready, consent: assessConsent(complete.slice(0, 2), [], pupil, pupilRequirements, today) };
    expect(checkMatchActivation(waiting)).toEqual({ ok: false, code: 'CONSENT.NOT_READY' });
  });

  it('CON-1(iii): not with a volunteer whose screening is not CLEARED (expired, action required, revoked, in screening)', () => {
    for (const status of ['screeningExpired', 'actionRequired', 'revoked', 'inScreening'] as const) {
      expect(checkMatchActivation({ ...ready, volunteerScreening: status })?.code).toBe('CONSENT.VOLUNTEER_NOT_CLEARED');
    }
  });

  it('CON-1(iv): not while an open concern suspends matches for the pupil', () => {
    expect(checkMatchActivation({ ...ready, openConcernSuspendsMatch: true })?.code).toBe('CONSENT.CONCERN_SUSPENDS_MATCH');
  });

  it('CON-3: creating a match on an application closed by a refusal is refused', () => {
    const refused = [consent('pupil', 'mentoring', '2025-09-01', { decision: 'refused', status: 'refused' })];
    const closed = { ...ready, consent: assessConsent(refused, [], pupil, pupilRequirements, today) };
    expect(checkMatchActivation(closed)?.code).toBe('CONSENT.APPLICATION_CLOSED_REFUSED');
  });
});
