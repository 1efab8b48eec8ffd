import { describe, expect, it } from 'vitest';
import { checkAccountChange, type TeamAccount } from './team.js';

const anna: TeamAccount = { id: 'anna', role: 'admin', active: true };
const bert: TeamAccount = { id: 'bert', role: 'admin', active: true };
const carla: TeamAccount = { id: 'carla', role: 'coordinator', active: true };
const mentor: TeamAccount = { id: 'mentor', role: 'schoolMentor', active: true };

describe('checkAccountChange', () => {
  it('ACC-1: the last active admin cannot be demoted', () => {
    expect(checkAccountChange([anna, carla], 'anna', { kind: 'changeRole', role: 'coordinator' })).toEqual({ ok: false, code: 'ACCOUNT.LAST_ADMIN' });
  });

  it('ACC-1: the last active admin cannot be deactivated, also not by themselves', () => {
    expect(checkAccountChange([anna, carla], 'anna', { kind: 'deactivate' })).toMatchObject({ code: 'ACCOUNT.LAST_ADMIN' });
  });

  it('ACC-1: a deactivated admin does not count: the one active admin stays', () => {
    const retired = { ...bert, active: false };
    expect(checkAccountChange([anna, retired], 'anna', { kind: 'changeRole', role: 'coordinator' })).toMatchObject({ code: 'ACCOUNT.LAST_ADMIN' });
    expect(checkAccountChange([anna, retired], 'bert', { kind: 'reactivate' })).toBeNull();
  });

  it('ACC-1: with a second active admin, either may be demoted or deactivated', () => {
    expect(checkAccountChange([anna, bert, carla], 'anna', { kind: 'changeRole', role: 'coordinator' })).toBeNull();
    expect(checkAccountChange([anna, bert, carla], 'bert', { kind: 'deactivate' })).toBeNull();
  });

  it('ACC-1: coordinators may be promoted, demoted and deactivated freely while an admin remains', () => {
    expect(checkAccountChange([anna, carla], 'carla', { kind: 'changeRole', role: 'admin' })).toBeNull();
    expect(checkAccountChange([anna, carla], 'carla', { kind: 'deactivate' })).toBeNull();
    expect(checkAccountChange([anna, { ...carla, active: false }], 'carla', { kind: 'reactivate' })).toBeNull();
  });

  it('ACC-1: setting the role an admin already has is no demotion', () => {
    expect(checkAccountChange([anna], 'anna', { kind: 'changeRole', role: 'admin' })).toBeNull();
  });

  it('ACC-2: a school mentor does not become a coordinator or admin, nor a coordinator a school mentor', () => {
    expect(checkAccountChange([anna, mentor], 'mentor', { kind: 'changeRole', role: 'admin' })).toEqual({ ok: false, code: 'ACCOUNT.SCHOOL_MENTOR_ROLE_FIXED', field: 'role' });
    expect(checkAccountChange([anna, carla], 'carla', { kind: 'changeRole', role: 'schoolMentor' })).toMatchObject({ code: 'ACCOUNT.SCHOOL_MENTOR_ROLE_FIXED' });
    expect(checkAccountChange([anna, mentor], 'mentor', { kind: 'deactivate' })).toBeNull();
  });

  it('an account outside the team is refused with ACCOUNT.NOT_IN_TEAM', () => {
    expect(checkAccountChange([anna], 'someone-else', { kind: 'deactivate' })).toEqual({ ok: false, code: 'ACCOUNT.NOT_IN_TEAM' });
  });
});
