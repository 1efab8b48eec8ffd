import { describe, expect, it } from 'vitest';
import { consent, pupilRequirements, withdrawn } from './fixtures.js';
import { withdrawalConsequences } from './withdrawal.js';

const pupilMentoring = withdrawn(consent('pupil', 'mentoring', '2025-09-01'), '2025-11-03');

describe('withdrawalConsequences', () => {
  it('CON-4: withdrawing MENTORING during a match suspends it, cancels sessions, revokes access and flags it for the coordinator', () => {
    expect(withdrawalConsequences(pupilMentoring, pupilRequirements, 'match-7')).toEqual({
      kind: 'consentWithdrawn',
      consentId: pupilMentoring.id,
      purpose: 'mentoring',
      stopProcessing: 'mentoring',
      lawfulUntil: '2025-11-03',
      blocksNewMatching: true,
      activeMatch: { matchId: 'match-7', suspendMatch: true, flagForCoordinator: true, cancelFutureSessions: true, revokeVolunteerAccess: true },
      safeguardingUnaffected: true,
      sameTransaction: true,
    });
  });

  it('CON-4: without a running match the withdrawal still blocks new matching', () => {
    const consequences = withdrawalConsequences(pupilMentoring, pupilRequirements, null);
    expect(consequences.blocksNewMatching).toBe(true);
    expect(consequences.activeMatch).toBeNull();
  });

  it('CON-4: processing before the withdrawal stays lawful (lawfulUntil is the withdrawal day)', () => {
    const parent = withdrawn(consent('parentWithAuthority', 'shareContactDetails', '2025-09-03'), '2025-12-01');
    expect(withdrawalConsequences(parent, pupilRequirements, 'match-7')).toMatchObject({ lawfulUntil: '2025-12-01', blocksNewMatching: true });
  });

  it('CON-6: withdrawing the optional questionnaires stops them and nothing else: the match goes on', () => {
    const evaluation = withdrawn(consent('pupil', 'evaluation', '2025-09-01'), '2025-11-03');
    expect(withdrawalConsequences(evaluation, pupilRequirements, 'match-7')).toMatchObject({
      stopProcessing: 'evaluation',
      blocksNewMatching: false,
      activeMatch: null,
    });
  });

  it('CON-6: a purpose the programme does not list counts as optional', () => {
    const photos = withdrawn(consent('pupil', 'photoMedia', '2025-09-01'), '2025-11-03');
    expect(withdrawalConsequences(photos, pupilRequirements, 'match-7').activeMatch).toBeNull();
  });

  it('CON-11: a withdrawal never touches concerns, authority contacts or a pending Veilig Thuis report', () => {
    for (const record of [pupilMentoring, withdrawn(consent('pupil', 'evaluation', '2025-09-01'), '2025-11-03')]) {
      expect(withdrawalConsequences(record, pupilRequirements, 'match-7').safeguardingUnaffected).toBe(true);
    }
  });
});
