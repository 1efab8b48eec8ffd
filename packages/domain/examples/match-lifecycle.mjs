// The match lifecycle (README "Match lifecycle"): a manual proposal needs a reason; with one, the
// coordinator's checklist lists what comes before activation.
import assert from 'node:assert/strict';
import { matchLifecycleSettingsFor, nextStepsOf, proposeMatch } from '@driehoek/domain/match';

const settings = matchLifecycleSettingsFor('schoolsCool');
/** @type {import('@driehoek/domain/match').MatchProposal} */
const proposal = { id: 'm-1', programmeId: 'p', menteeId: 'pupil-1', volunteerId: 'v-ans', proposedOn: '2025-09-01', source: 'manual' };
const context = { matches: [], volunteerCapacity: 1, continueWithNewMentor: false };

assert.deepEqual(proposeMatch(proposal, context, '2025-09-01'), { ok: false, code: 'MATCH.MANUAL_REASON_REQUIRED', field: 'manualReason' });

const proposed = proposeMatch({ ...proposal, manualReason: 'speaks Tigrinya with the parents' }, context, '2025-09-01');
assert.ok(proposed.ok);
const steps = nextStepsOf(proposed.value, settings).map((next) => next.step);
console.log('next steps:', steps.join(', '));
assert.equal(steps[0], 'introduction');
