// Screening (README "Example"): a VOG registration checked, then a volunteer's screening assessed.
import assert from 'node:assert/strict';
import { assessScreening, checkVogRegistration } from '@driehoek/domain/screening';
import { defaultScreeningPolicy } from '@driehoek/domain/programme';

const policy = defaultScreeningPolicy('schoolsCool');
/** @type {import('@driehoek/domain/screening').VogRegistration} */
const registration = {
  seenBy: 'Ans', seenOn: '2025-04-01', issueDate: '2025-03-20', screeningAspects: ['84'], result: 'provided',
};

// null: recent enough (SCR-2) and covering screening aspect 84 (SCR-3).
assert.equal(checkVogRegistration(registration, policy), null);
// A VOG seen before its issue date is refused with a code and the field it concerns.
assert.deepEqual(checkVogRegistration({ ...registration, seenOn: '2025-03-01' }, policy), {
  ok: false, code: 'SCREENING.VOG_SEEN_BEFORE_ISSUE', field: 'issueDate',
});

const assessment = assessScreening(
  {
    intakeInterview: { heldOn: '2025-03-01', interviewer: 'Ans', notes: '', outcome: 'suitable' },
    referenceChecks: [],
    vog: { registration },
  },
  policy,
  '2025-06-01',
);
assert.equal(assessment.status, 'inScreening');
assert.equal(assessment.stage, 'referenceChecks'); // the first required step not done
assert.equal(assessment.vogRenewalDue, '2028-03-20'); // SCR-4
console.log('screening:', assessment.status, '- next:', assessment.stage, '- VOG renewal due', assessment.vogRenewalDue);
