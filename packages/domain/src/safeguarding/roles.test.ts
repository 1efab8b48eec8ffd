import { describe, expect, it } from 'vitest';
import { activateMatch } from '../match/activation.js';
import { con1Holds, homeMentoring, scheduledHome } from '../match/fixtures.js';
import { checkSafeguardingRoles, safeguardingContactsForVolunteers } from './roles.js';

const lead = { personId: 'lead-karin', name: 'Karin (board)' };
const deputy = { personId: 'deputy-bea', name: 'Bea' };

describe('checkSafeguardingRoles (SAF-17)', () => {
  it('SAF-17: a lead and a deputy who is someone else: matches may be activated', () => {
    expect(checkSafeguardingRoles({ leads: [lead], deputies: [deputy] })).toBeNull();
  });

  it('SAF-17: without a lead (aandachtsfunctionaris) the organisation is refused with SAFEGUARDING.LEAD_MISSING', () => {
    expect(checkSafeguardingRoles({ leads: [], deputies: [deputy] })).toEqual({ ok: false, code: 'SAFEGUARDING.LEAD_MISSING', field: 'leads' });
    expect(checkSafeguardingRoles({ leads: [{ personId: ' ', name: '' }], deputies: [deputy] })).toMatchObject({ code: 'SAFEGUARDING.LEAD_MISSING' });
  });

  it('SAF-17: without a deputy, or with the lead as their own deputy, SAFEGUARDING.DEPUTY_MISSING', () => {
    expect(checkSafeguardingRoles({ leads: [lead], deputies: [] })).toEqual({ ok: false, code: 'SAFEGUARDING.DEPUTY_MISSING', field: 'deputies' });
    expect(checkSafeguardingRoles({ leads: [lead], deputies: [lead] })).toMatchObject({ code: 'SAFEGUARDING.DEPUTY_MISSING' });
  });

  it('SAF-17: activateMatch refuses a match while the roles are missing, after CON-1', () => {
    expect(activateMatch(scheduledHome(), { ...con1Holds, safeguardingRoles: { leads: [lead], deputies: [] } }, homeMentoring, '2025-10-01')).toEqual({
      ok: false,
      code: 'SAFEGUARDING.DEPUTY_MISSING',
      field: 'deputies',
    });
    expect(activateMatch(scheduledHome(), { ...con1Holds, safeguardingRoles: { leads: [lead], deputies: [deputy] } }, homeMentoring, '2025-10-01').ok).toBe(true);
  });

  it('SAF-17: the portal shows volunteers who to turn to: the lead, then the deputy, each once', () => {
    expect(safeguardingContactsForVolunteers({ leads: [lead], deputies: [deputy, lead] })).toEqual([lead, deputy]);
  });
});
